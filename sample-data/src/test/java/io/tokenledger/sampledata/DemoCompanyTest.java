package io.tokenledger.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.sampledata.company.Company;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCompanyTest {

  private static final double SMALL = 0.1;

  @TempDir Path temp;

  @Test
  void sameSeedGivesByteIdenticalFiles() throws IOException {
    DemoManifest first = DemoCompany.generate(temp.resolve("a"), new DemoOptions(7, SMALL));
    DemoCompany.generate(temp.resolve("b"), new DemoOptions(7, SMALL));

    Map<String, String> a = digests(temp.resolve("a"));
    Map<String, String> b = digests(temp.resolve("b"));

    assertThat(a).hasSize(first.files().size()).isEqualTo(b);
  }

  @Test
  void anotherSeedGivesDifferentFiles() throws IOException {
    DemoCompany.generate(temp.resolve("a"), new DemoOptions(7, SMALL));
    DemoCompany.generate(temp.resolve("b"), new DemoOptions(8, SMALL));

    Map<String, String> a = digests(temp.resolve("a"));
    Map<String, String> b = digests(temp.resolve("b"));

    // The GPU hosts' names come from the seed too, so compare the files both have.
    assertThat(a).hasSameSizeAs(b);
    assertThat(a.get("usage/generic-usage.csv")).isNotEqualTo(b.get("usage/generic-usage.csv"));
    long same = a.keySet().stream().filter(k -> a.get(k).equals(b.get(k))).count();
    // Only the seed-independent FX table stays the same.
    assertThat(same).isEqualTo(1);
  }

  @Test
  void scaleGrowsTheRequestStreamInProportion() throws IOException {
    DemoManifest small = DemoCompany.generate(temp.resolve("a"), new DemoOptions(7, 0.2));
    DemoManifest twice = DemoCompany.generate(temp.resolve("b"), new DemoOptions(7, 0.4));

    // The runaway loop is one task of fixed length at any scale: leave it out of the ratio.
    double ratio =
        (double) (twice.rows(DemoFormats.GENERIC_USAGE_CSV) - loop(twice))
            / (small.rows(DemoFormats.GENERIC_USAGE_CSV) - loop(small));
    assertThat(ratio).isBetween(1.85, 2.15);
    double traces =
        (double) twice.rows(DemoFormats.LITELLM_SPEND_LOGS)
            / small.rows(DemoFormats.LITELLM_SPEND_LOGS);
    assertThat(traces).isBetween(1.7, 2.15);
  }

  @Test
  void scaleAboveOneGrowsClientsMonthsAndTrafficTogether() {
    Company eight = Company.create(1, 8);
    assertThat(eight.payingClients()).hasSize(80);
    assertThat(eight.months()).hasSize(12);
    assertThat(eight.volumeFactor() * eight.clientFactor() * eight.months().size() / 6.0)
        .isCloseTo(8.0, org.assertj.core.data.Offset.offset(1e-9));
    Company fifty = Company.create(1, 50);
    assertThat(fifty.clientFactor() * fifty.volumeFactor() * fifty.months().size() / 6.0)
        .isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(fifty.payingClients().stream().map(c -> c.name()).distinct())
        .hasSize(fifty.payingClients().size());
  }

  @Test
  void choosingSourcesWritesOnlyThoseAndLeavesTheStreamUnchanged() throws IOException {
    DemoManifest all = DemoCompany.generate(temp.resolve("a"), new DemoOptions(7, SMALL));
    DemoManifest ledger =
        DemoCompany.generate(
            temp.resolve("b"), new DemoOptions(7, SMALL, java.util.EnumSet.of(DemoSource.LEDGER)));

    assertThat(digests(temp.resolve("b"))).containsOnlyKeys("usage/generic-usage.csv");
    assertThat(digests(temp.resolve("b")).get("usage/generic-usage.csv"))
        .isEqualTo(digests(temp.resolve("a")).get("usage/generic-usage.csv"));
    assertThat(ledger.facts()).isEqualTo(all.facts());
  }

  @Test
  void mainWritesTheFilesForBenchmarks() throws IOException {
    DemoCompanyMain.main(new String[] {temp.toString(), "3", "0.05", "ledger,revenue"});

    assertThat(temp.resolve("usage/generic-usage.csv")).isRegularFile();
    assertThat(temp.resolve("revenue")).isDirectory();
    assertThat(temp.resolve("traces")).doesNotExist();
  }

  private static long loop(DemoManifest manifest) {
    return manifest.facts().anomaly().modelCalls();
  }

  private static Map<String, String> digests(Path root) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        digests.put(root.relativize(file).toString().replace('\\', '/'), sha256(file));
      }
    }
    return digests;
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
