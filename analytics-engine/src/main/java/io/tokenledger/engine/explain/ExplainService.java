package io.tokenledger.engine.explain;

import io.tokenledger.engine.workspace.Workspace;
import java.time.YearMonth;

/** Explains the change in priced LLM cost between two months (see {@link ChainedDecomposition}). */
public interface ExplainService {

  /**
   * @param currency the currency amounts are compared in; usage priced in another is refused
   * @throws io.tokenledger.engine.costmodel.CostModelException when the usage is priced in another
   *     currency
   */
  ExplainResult explain(
      Workspace workspace, YearMonth from, YearMonth to, ExplainGrouping grouping, String currency);
}
