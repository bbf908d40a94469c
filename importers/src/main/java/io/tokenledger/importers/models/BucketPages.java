package io.tokenledger.importers.models;

import io.tokenledger.engine.sql.SqlFile;

/**
 * The page shape that OpenAI's and Anthropic's organisation APIs share: {@code {data: [{start, end,
 * results: [...]}], has_more, next_page}}. A file may hold one page, an array of pages or one page
 * per line. {@link #resultsSql()} flattens it into one row per result: {@code source_line} (the
 * result's number in file order), {@code bucket_start}, {@code bucket_end} (text as written: Unix
 * seconds for OpenAI, RFC 3339 for Anthropic), {@code has_more} and the {@code result} JSON. The
 * file path is its only parameter.
 */
public final class BucketPages {

  private BucketPages() {}

  /** A subquery to use as {@code FROM (<it>)}. */
  public static String resultsSql() {
    return SqlFile.load(BucketPages.class, "results");
  }
}
