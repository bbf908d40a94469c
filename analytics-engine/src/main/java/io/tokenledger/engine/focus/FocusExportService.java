package io.tokenledger.engine.focus;

import io.tokenledger.engine.workspace.Workspace;
import java.sql.SQLException;

/** Writes a workspace's cost lines as a FOCUS Cost and Usage file. */
public interface FocusExportService {

  FocusExportResult export(Workspace workspace, FocusExportRequest request) throws SQLException;
}
