-- One row per result of every bucket of every page; source_line numbers the results in file order.
SELECT row_number() OVER (ORDER BY page_no, bucket_no, result_no) AS source_line,
       coalesce(bucket ->> 'start_time', bucket ->> 'starting_at') AS bucket_start,
       coalesce(bucket ->> 'end_time', bucket ->> 'ending_at') AS bucket_end,
       has_more,
       results[result_no] AS result
FROM (
    SELECT page_no, bucket_no, bucket, has_more, results,
           unnest(range(1, len(results) + 1)) AS result_no
    FROM (
        SELECT page_no, bucket_no, data[bucket_no] AS bucket, has_more,
               from_json(data[bucket_no] -> 'results', '["json"]') AS results
        FROM (
            SELECT page_no, data, has_more, unnest(range(1, len(data) + 1)) AS bucket_no
            FROM (
                SELECT row_number() OVER () AS page_no,
                       from_json(json -> 'data', '["json"]') AS data,
                       coalesce(TRY_CAST(json ->> 'has_more' AS BOOLEAN), false) AS has_more
                FROM read_json_objects(?, format = 'auto')
            )
        )
    )
)
