-- How many rows a drill path has in all.
SELECT count(*) FROM {source} WHERE {where}
