-- The price book's model keys and whether the user priced them.
SELECT model, bool_or(source = 'user') AS user_priced, bool_or(source <> 'user') AS catalog_priced
FROM price_book
GROUP BY model
