-- Every client of the revenue sheet with its id, whatever the period: matching is about identity.
SELECT DISTINCT client, client_id
FROM revenue
ORDER BY client, client_id
