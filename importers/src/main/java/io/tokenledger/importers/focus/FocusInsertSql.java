package io.tokenledger.importers.focus;

import io.tokenledger.engine.sql.SqlFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The INSERT that moves one FOCUS file into its workspace table in a single pass, and the query
 * that explains the rows it could not read. Both are generated from the file's column mapping and
 * the target table's column types; the file's own column names never enter the SQL (columns are
 * {@code #n}, extra column names are bound parameters).
 */
final class FocusInsertSql {

  /** Stands for the file list parameter, bound as an array by the caller. */
  static final Object FILES = new Object();

  /** What can be wrong with a value, for the reject reason. */
  enum Problem {
    NUMBER,
    DATE_TIME,
    JSON,
    REQUIRED
  }

  /** One column the diagnosis reports on, with the workspace's type for it. */
  record Check(String column, Problem problem, String type) {}

  private final String insert;
  private final List<Object> insertParameters;
  private final String diagnose;
  private final List<Check> checks;

  private FocusInsertSql(
      String insert, List<Object> insertParameters, String diagnose, List<Check> checks) {
    this.insert = insert;
    this.insertParameters = List.copyOf(insertParameters);
    this.diagnose = diagnose;
    this.checks = List.copyOf(checks);
  }

  String insert() {
    return insert;
  }

  /** The INSERT's parameters in order; {@link #FILES} marks the file list. */
  List<Object> insertParameters() {
    return insertParameters;
  }

  /** The diagnosis query; its only parameter is the file list. Columns: ordinality, then checks. */
  String diagnose() {
    return diagnose;
  }

  List<Check> checks() {
    return checks;
  }

  /**
   * The INSERT into cost_lines.
   *
   * @param reader the table function call reading the file, with one {@code ?} for the file list
   * @param sourceFile the file's name inside a folder import, kept in {@code extra}, or null
   */
  static FocusInsertSql costLines(
      FocusColumnMapping mapping,
      TargetTable table,
      String reader,
      String sourceFile,
      int importId) {
    Builder b = new Builder(mapping, table);
    List<Object> parameters = new ArrayList<>();
    Map<String, String> values = b.rowValues(parameters, importId);
    values.put(
        "provider",
        "tl_provider(coalesce(d[1], "
            + b.t("ServiceProviderName")
            + ", "
            + b.t("ProviderName")
            + ", "
            + b.t("InvoiceIssuerName")
            + "))");
    String tokenLine = "tl_tokens IS NOT NULL";
    values.put("model_raw", "coalesce(d[2], CASE WHEN " + tokenLine + " THEN tl_meter END)");
    values.put("model", "lower(trim(d[2]))");
    values.put(
        "token_bucket",
        "CASE WHEN "
            + tokenLine
            + " OR d[3] IS NOT NULL OR d[5] IS NOT NULL"
            + " THEN tl_token_bucket(d[3], d[4], d[5], tl_meter) END");
    values.put(
        "service_tier",
        "CASE WHEN "
            + tokenLine
            + " THEN tl_service_tier(tl_meter, "
            + b.t("SkuPriceId")
            + ") END");
    values.put("tokens", "tl_tokens");
    b.raw("BilledCost")
        .ifPresent(
            raw ->
                values.put(
                    "source_amount",
                    "CASE WHEN contains("
                        + raw
                        + ", '$') OR contains("
                        + raw
                        + ", ',') OR contains("
                        + raw
                        + ", '(') OR contains("
                        + raw
                        + ", ' ') THEN "
                        + raw
                        + " END"));
    values.put("extra", b.extraJson(parameters, sourceFile));
    String details =
        mapping.column("SkuPriceDetails").isPresent() && b.isTarget("SkuPriceDetails")
            ? "json_extract_string(t_SkuPriceDetails, ['$.ModelDeveloper', '$.ModelId',"
                + " '$.TokenDirection', '$.TokenCacheAction', '$.TokenType'])"
            : "CAST(NULL AS VARCHAR[])";
    parameters.add(FILES);
    String meter = "coalesce(" + b.t("SkuMeter") + ", " + b.extra("x_SkuMeterName") + ")";
    String insert =
        b.insert("insert_cost_lines", values, reader)
            .replace("{tokens}", tokens(b, "tl_meter"))
            .replace("{meter}", meter)
            .replace("{details}", details);
    return new FocusInsertSql(insert, parameters, b.diagnose(reader), b.checks);
  }

  /** The INSERT into contract_commitments (FOCUS 1.3 Contract Commitment dataset). */
  static FocusInsertSql contractCommitments(
      FocusColumnMapping mapping,
      TargetTable table,
      String reader,
      String sourceFile,
      int importId) {
    Builder b = new Builder(mapping, table);
    List<Object> parameters = new ArrayList<>();
    Map<String, String> values = b.rowValues(parameters, importId);
    values.put("extra", b.extraJson(parameters, sourceFile));
    parameters.add(FILES);
    String insert = b.insert("insert_contract_commitments", values, reader);
    return new FocusInsertSql(insert, parameters, b.diagnose(reader), b.checks);
  }

  /**
   * LLM tokens of a line: ConsumedQuantity in a token unit, else PricingQuantity times its unit
   * size ("1000000 Tokens"), else Azure's generic Units on a token meter (ConsumedQuantity counts
   * units; PricingQuantity is in blocks of x_PricingBlockSize).
   */
  private static String tokens(Builder b, String meter) {
    String cu = b.t("ConsumedUnit");
    String pu = b.t("PricingUnit");
    String cq = b.t("ConsumedQuantity");
    String pq = b.t("PricingQuantity");
    String blockSize = "TRY_CAST(" + b.extra("x_PricingBlockSize") + " AS DECIMAL(38,10))";
    return "CASE WHEN tl_is_token_unit("
        + cu
        + ") THEN TRY_CAST(round("
        + cq
        + " * tl_unit_size("
        + cu
        + ")) AS BIGINT) WHEN tl_is_token_unit("
        + pu
        + ") THEN TRY_CAST(round("
        + pq
        + " * tl_unit_size("
        + pu
        + ")) AS BIGINT) WHEN contains(lower(coalesce("
        + cu
        + ", "
        + pu
        + ")), 'units') AND contains(lower("
        + meter
        + "), 'token') THEN TRY_CAST(round(coalesce("
        + cq
        + ", "
        + pq
        + " * "
        + blockSize
        + ")) AS BIGINT) END";
  }

  /** Generates the typed projection and the per-column checks shared by insert and diagnosis. */
  private static final class Builder {
    private final FocusColumnMapping mapping;
    private final TargetTable table;
    private final List<String> typed = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> targets = new ArrayList<>();
    private final Map<String, String> extraAliases = new LinkedHashMap<>();

    Builder(FocusColumnMapping mapping, TargetTable table) {
      this.mapping = mapping;
      this.table = table;
      for (Map.Entry<String, SourceColumn> entry : mapping.focusColumns().entrySet()) {
        String id = entry.getKey();
        if (!table.has(id)) {
          continue;
        }
        SourceColumn source = entry.getValue();
        String type = table.type(id).orElseThrow();
        typed.add(typedExpression(source, type) + " AS " + quote("t_" + id));
        targets.add(id);
        Optional<Problem> problem = problemOf(type);
        if (problem.isPresent()) {
          typed.add(source.ref() + " AS " + quote("r_" + id));
          checks.add(new Check(id, problem.get(), type));
        }
        if (table.requires(id)) {
          checks.add(new Check(id, Problem.REQUIRED, type));
        }
      }
      int i = 0;
      for (SourceColumn extra : extras()) {
        String alias = "e_" + (++i);
        typed.add(extra.ref() + " AS " + alias);
        extraAliases.put(extra.name(), alias);
      }
    }

    /** Extra columns plus FOCUS columns the table has no column for (kept, not lost). */
    List<SourceColumn> extras() {
      List<SourceColumn> all = new ArrayList<>(mapping.extras());
      mapping
          .focusColumns()
          .forEach(
              (id, column) -> {
                if (!table.has(id)) {
                  all.add(column);
                }
              });
      return all;
    }

    /**
     * The values every row gets: its import id (the first parameter), the unreadable-row mark, and
     * each FOCUS column of the file the table holds.
     */
    Map<String, String> rowValues(List<Object> parameters, int importId) {
      Map<String, String> values = new LinkedHashMap<>();
      values.put("import_id", "?");
      parameters.add(importId);
      values.put("source_line", "CASE WHEN " + anyProblem() + " THEN -1 ELSE 0 END");
      for (String id : targets) {
        values.put(id, stored(id));
      }
      return values;
    }

    /** A statement template with the target columns, their values and the typed reader filled. */
    String insert(String template, Map<String, String> values, String reader) {
      return SqlFile.load(FocusImporter.class, template)
          .replace("{targets}", String.join(", ", values.keySet()))
          .replace("{values}", String.join(",\n       ", values.values()))
          .replace("{typed}", String.join(", ", typed))
          .replace("{reader}", rawLayer(reader, false));
    }

    boolean isTarget(String id) {
      return targets.contains(id);
    }

    /** The typed value of a FOCUS column, or a typed NULL when the file lacks it. */
    String t(String id) {
      if (targets.contains(id)) {
        return quote("t_" + id);
      }
      return "CAST(NULL AS " + table.type(id).orElse("VARCHAR") + ")";
    }

    /** The raw text of a typed column, when the file has it as text. */
    Optional<String> raw(String id) {
      return mapping
          .column(id)
          .filter(
              c ->
                  targets.contains(id)
                      && c.isText()
                      && problemOf(table.type(id).orElse("")).isPresent())
          .map(c -> quote("r_" + id));
    }

    /** An extra column by its exact name, or a NULL. */
    String extra(String name) {
      String alias = extraAliases.get(name);
      return alias == null ? "CAST(NULL AS VARCHAR)" : alias;
    }

    /** The value stored: required columns get a placeholder on unreadable rows (flagged anyway). */
    String stored(String id) {
      String value = t(id);
      if (!table.requires(id)) {
        return value;
      }
      String type = table.type(id).orElse("VARCHAR");
      String placeholder =
          type.startsWith("DECIMAL")
              ? "0"
              : type.startsWith("TIMESTAMP") ? "TIMESTAMPTZ '1970-01-01 00:00:00+00'" : "''";
      return "coalesce(" + value + ", " + placeholder + ")";
    }

    String extraJson(List<Object> parameters, String sourceFile) {
      List<String> pairs = new ArrayList<>();
      for (Map.Entry<String, String> extra : extraAliases.entrySet()) {
        pairs.add("?, " + extra.getValue());
        parameters.add(extra.getKey());
      }
      if (sourceFile != null) {
        pairs.add("?, ?");
        parameters.add("tl_source_file");
        parameters.add(sourceFile);
      }
      return pairs.isEmpty() ? "NULL" : "json_object(" + String.join(", ", pairs) + ")";
    }

    String anyProblem() {
      if (checks.isEmpty()) {
        return "FALSE";
      }
      return checks.stream().map(this::problem).collect(Collectors.joining(" OR "));
    }

    private String problem(Check check) {
      String t = quote("t_" + check.column());
      if (check.problem() == Problem.REQUIRED) {
        // An unreadable value is reported as such; only an empty one is "required".
        boolean typed =
            checks.stream().anyMatch(c -> c.column().equals(check.column()) && c != check);
        return "(" + (typed ? quote("r_" + check.column()) : t) + " IS NULL)";
      }
      return "(" + quote("r_" + check.column()) + " IS NOT NULL AND " + t + " IS NULL)";
    }

    String diagnose(String reader) {
      List<String> columns = new ArrayList<>();
      for (Check check : checks) {
        String raw =
            check.problem() == Problem.REQUIRED
                ? "''"
                : "CAST(" + quote("r_" + check.column()) + " AS VARCHAR)";
        columns.add("CASE WHEN " + problem(check) + " THEN " + raw + " END");
      }
      return SqlFile.load(FocusImporter.class, "diagnose")
          .replace("{problems}", columns.isEmpty() ? "NULL" : String.join(",\n       ", columns))
          .replace("{typed}", String.join(", ", typed))
          .replace("{reader}", rawLayer(reader, true))
          .replace("{any_problem}", anyProblem());
    }

    /**
     * The reader with its columns named by position: macros cannot take {@code #n} arguments, and
     * names from the file are not written into SQL.
     */
    String rawLayer(String reader, boolean ordinality) {
      List<SourceColumn> all = new ArrayList<>(mapping.focusColumns().values());
      all.addAll(mapping.extras());
      String columns = all.stream().map(SourceColumn::projection).collect(Collectors.joining(", "));
      return ordinality
          ? "(SELECT " + columns + ", ordinality FROM " + reader + " WITH ORDINALITY) AS raw"
          : "(SELECT " + columns + " FROM " + reader + ") AS raw";
    }

    private static Optional<Problem> problemOf(String type) {
      if (type.startsWith("DECIMAL")) {
        return Optional.of(Problem.NUMBER);
      }
      if (type.startsWith("TIMESTAMP")) {
        return Optional.of(Problem.DATE_TIME);
      }
      if (type.equals("JSON")) {
        return Optional.of(Problem.JSON);
      }
      return Optional.empty();
    }

    private static String typedExpression(SourceColumn source, String type) {
      String ref = source.ref();
      String text = source.isText() ? ref : "CAST(" + ref + " AS VARCHAR)";
      if (type.startsWith("DECIMAL")) {
        boolean unitPrice = type.endsWith(",18)");
        if (source.isNumeric()) {
          return "TRY_CAST(" + ref + " AS " + type + ")";
        }
        return (unitPrice ? "tl_decimal18(" : "tl_decimal10(") + text + ")";
      }
      if (type.startsWith("TIMESTAMP")) {
        return source.isTemporal()
            ? "CAST(" + ref + " AS TIMESTAMPTZ)"
            : "tl_timestamp(" + text + ")";
      }
      if (type.equals("JSON")) {
        return source.isText() ? "tl_json(" + ref + ")" : "to_json(" + ref + ")";
      }
      return text;
    }
  }

  private static String quote(String identifier) {
    return '"' + identifier + '"';
  }
}
