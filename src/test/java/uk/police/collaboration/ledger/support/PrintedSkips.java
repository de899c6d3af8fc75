package uk.police.collaboration.ledger.support;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints every skipped test or test class with its reason on the build's output, so that no test
 * is skipped silently: Surefire otherwise puts a disabled class's reason only into its report
 * files. Registered through META-INF/services for every test run.
 */
public class PrintedSkips implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        System.out.println("SKIPPED " + test.getLegacyReportingName() + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        // Only skips are reported here; results are Surefire's.
    }
}
