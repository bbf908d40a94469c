package io.tokenledger.engine.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.engine.sql.SqlFile;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void migrationsAreNumberedFromOneInAscendingOrder() {
    // Branches reserve numbers (V005 traces while V003/V004 land elsewhere); the merge closes gaps.
    assertThat(Migrations.ALL.get(0).version()).isEqualTo(1);
    for (int i = 1; i < Migrations.ALL.size(); i++) {
      assertThat(Migrations.ALL.get(i).version())
          .isGreaterThan(Migrations.ALL.get(i - 1).version());
    }
  }

  @Test
  void everyMigrationFileExistsAndSplitsIntoStatements() {
    for (Migration migration : Migrations.ALL) {
      String script = SqlFile.resource(Migrations.class, migration.resourcePath());
      assertThat(Migrations.statements(script))
          .isNotEmpty()
          .allSatisfy(s -> assertThat(s).doesNotEndWith(";"));
    }
  }

  @Test
  void statementsAreSplitOnLineEndingSemicolonsAndCommentsDropped() {
    assertThat(
            Migrations.statements(
                "-- a comment; with a semicolon\nCREATE TABLE a (x INT);\r\nCREATE TABLE b (y INT);"))
        .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (y INT)");
  }
}
