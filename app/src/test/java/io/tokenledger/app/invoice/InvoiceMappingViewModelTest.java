package io.tokenledger.app.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenledger.app.task.SynchronousTaskExecutor;
import io.tokenledger.engine.workspace.DuckDbWorkspaceStore;
import io.tokenledger.engine.workspace.Workspace;
import io.tokenledger.importers.RejectedRow;
import io.tokenledger.importers.invoice.DefaultInvoiceTemplateService;
import io.tokenledger.importers.invoice.InvoiceTemplate;
import io.tokenledger.importers.invoice.InvoiceTemplateService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceMappingViewModelTest {

  @TempDir Path folder;

  private final Workspace workspace = new DuckDbWorkspaceStore("test").inMemory();
  private final InvoiceTemplateService templates = new DefaultInvoiceTemplateService();
  private final List<String> outcomes = new ArrayList<>();

  @AfterEach
  void close() {
    workspace.close();
  }

  @Test
  void columnsAreGuessedFromTheHeaderAndAnUnreadableAmountNamesItsLineAndColumn() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("cloud_gpu_invoice_2026-10.csv"),
            "Invoice date,Description,Amount,Currency\n"
                + "2026-10-01,GPU hours,1200.00,EUR\n"
                + "2026-10-02,GPU hours,twelve,EUR\n");
    InvoiceMappingViewModel viewModel = open(file);

    assertThat(viewModel.columnProperty(InvoiceColumnRole.DATE).get()).isEqualTo("Invoice date");
    assertThat(viewModel.columnProperty(InvoiceColumnRole.AMOUNT).get()).isEqualTo("Amount");
    assertThat(viewModel.columnProperty(InvoiceColumnRole.CURRENCY).get()).isEqualTo("Currency");
    assertThat(viewModel.columnProperty(InvoiceColumnRole.DESCRIPTION).get())
        .isEqualTo("Description");
    assertThat(viewModel.columnProperty(InvoiceColumnRole.MODEL).get()).isNull();
    assertThat(viewModel.templateNameProperty().get()).isEqualTo("cloud gpu invoice");
    assertThat(viewModel.rejects())
        .extracting(RejectedRow::line, RejectedRow::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Amount"));
    assertThat(viewModel.problemProperty().get())
        .startsWith("1 row cannot be read with this mapping; first: ")
        .contains(":3: column 'Amount'");
    assertThat(viewModel.canSaveProperty().get()).isFalse();

    viewModel.columnProperty(InvoiceColumnRole.AMOUNT).set(null);

    assertThat(viewModel.problemProperty().get()).isEqualTo("Choose the column for: amount.");
    assertThat(viewModel.lines()).isEmpty();
  }

  @Test
  void aHeaderBelowALetterheadIsFoundByItsRowAndTheTemplateRemembersIt() throws Exception {
    Path file =
        Files.writeString(
            folder.resolve("vendor.csv"),
            "Vendor Ltd\n"
                + "Invoice INV-7\n"
                + "Day,Item,Net\n"
                + "2026-10-01,API,10.50\n"
                + "2026-10-02,API,0.25\n");
    InvoiceMappingViewModel viewModel = open(file);
    assertThat(viewModel.header()).startsWith("Vendor Ltd");

    viewModel.headerRowProperty().set(3);

    assertThat(viewModel.header()).containsExactly("Day", "Item", "Net");
    assertThat(viewModel.sampleRows()).hasSize(2);
    assertThat(viewModel.columnProperty(InvoiceColumnRole.DATE).get()).isEqualTo("Day");
    assertThat(viewModel.columnProperty(InvoiceColumnRole.AMOUNT).get()).isEqualTo("Net");
    assertThat(viewModel.totalsProperty().get()).isEqualTo("2 lines · USD 10.75");
    assertThat(viewModel.lines()).extracting(l -> l.line()).containsExactly(4L, 5L);
    viewModel.templateNameProperty().set("Vendor");
    assertThat(viewModel.canSaveProperty().get()).isTrue();

    viewModel.save();

    assertThat(outcomes).containsExactly("saved Vendor");
    InvoiceTemplate saved = templates.find(workspace, "Vendor").orElseThrow();
    assertThat(saved.mapping().layout().headerRow()).isEqualTo(3);
    assertThat(templates.matching(workspace, file)).map(InvoiceTemplate::name).contains("Vendor");
  }

  private InvoiceMappingViewModel open(Path file) {
    return new InvoiceMappingViewModel(
        file,
        templates.readSheet(file, InvoiceMappingViewModel.SAMPLE_ROWS),
        Optional.empty(),
        workspace,
        templates,
        new SynchronousTaskExecutor(),
        new InvoiceMappingViewModel.Outcome() {
          @Override
          public void saved(InvoiceTemplate template) {
            outcomes.add("saved " + template.name());
          }

          @Override
          public void cancelled() {
            outcomes.add("cancelled");
          }
        });
  }
}
