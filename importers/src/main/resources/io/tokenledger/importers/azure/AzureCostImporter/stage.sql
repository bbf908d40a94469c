-- An Azure cost details export (EA PascalCase or MCA camelCase; DuckDB and each c:a|b placeholder
-- match names without case), read as text. Azure OpenAI meters ("gpt 4o 1120 cached Inp glbl
-- Tokens", "gpt-4o-mini-0718-Inp-glbl") give the model, the bucket and the routing; UnitOfMeasure
-- (1K, 1M, 10K, with EA's trailing spaces) gives the tokens per unit of Quantity.
CREATE TEMP TABLE tl_provider_stage AS
SELECT *,
       CASE WHEN NOT is_openai THEN NULL
            WHEN regexp_matches(meter_words, '\b(cached|cchd|cache read)\b') THEN 'in_cache_read'
            WHEN regexp_matches(meter_words, '\b(inp|input|in)\b') THEN 'in_uncached'
            WHEN regexp_matches(meter_words, '\b(outp|output|out)\b') THEN 'out_text' END AS bucket,
       CASE WHEN NOT is_openai THEN NULL
            ELSE nullif(trim(regexp_replace(regexp_replace(meter_words,
                 '\b(cached|cchd|cache|read|inp|input|in|outp|output|out|glbl|global|data zone|dzone|dz|regnl|regional|rgnl|tokens?|batch|priority|aoai)\b',
                 ' ', 'g'), '\s+', '-', 'g'), '-'), '') END AS model_part
FROM (SELECT *,
             (lower(coalesce(product, '')) LIKE '%openai%'
              OR lower(coalesce(meter_subcategory, '')) LIKE '%openai%'
              OR lower(coalesce(meter_category, '')) LIKE '%openai%')
             AND regexp_matches(lower(coalesce(meter_name, '')), '(^|[^a-z])(inp|input|outp|output)([^a-z]|$)') AS is_openai,
             lower(regexp_replace(coalesce(meter_name, ''), '[-_]', ' ', 'g')) AS meter_words
      FROM (SELECT row_number() OVER () + 1 AS source_line,
                   {c:date|usagedatetime} AS date_text,
                   {c:costinbillingcurrency|cost|pretaxcost} AS amount_text,
                   {c:paygcostinbillingcurrency} AS list_text,
                   {c:billingcurrencycode|billingcurrency|currency} AS currency,
                   {c:quantity|usagequantity} AS quantity_text,
                   {c:unitofmeasure} AS unit,
                   {c:productname|product} AS product,
                   {c:metercategory} AS meter_category, {c:metersubcategory} AS meter_subcategory,
                   {c:metername} AS meter_name, {c:meterid} AS meter_id,
                   {c:meterregion} AS meter_region, {c:resourcelocation} AS location,
                   {c:subscriptionid|subscriptionguid} AS subscription_id,
                   {c:subscriptionname} AS subscription_name,
                   {c:resourcegroup|resourcegroupname} AS resource_group,
                   {c:resourceid|instanceid} AS resource_id, {c:resourcename} AS resource_name,
                   {c:chargetype} AS charge_type, {c:tags} AS tags_text,
                   {c:billingaccountid} AS billing_account_id,
                   {c:billingaccountname} AS billing_account_name,
                   {c:billingperiodstartdate} AS period_start, {c:billingperiodenddate} AS period_end,
                   {c:invoiceid} AS invoice_id, {c:publishername} AS publisher,
                   {c:effectiveprice} AS effective_price, {c:paygprice} AS payg_price,
                   {c:additionalinfo} AS additional_info
            FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"',
                          escape = '"', {rejects})))
