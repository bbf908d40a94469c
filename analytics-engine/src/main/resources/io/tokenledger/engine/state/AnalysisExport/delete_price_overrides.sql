DELETE FROM price_book WHERE source = 'user'
