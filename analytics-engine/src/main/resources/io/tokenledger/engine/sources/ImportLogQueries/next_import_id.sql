SELECT nextval('import_id_seq')
