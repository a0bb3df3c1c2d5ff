package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.kehoachxa.Main;
import vn.kehoachxa.testsupport.ChildJvm;

/** {@code export ID --pdf FILE}: the PDF comes from the app itself, also where no LibreOffice is installed. */
class PdfExportCommandTest extends CommandTestBase {

    @Test
    void exportsThePdfInAProcessWhosePathHasNoLibreOffice() throws Exception {
        assertThat(run("import", MUONG_LA.toString(), "--data-dir", data())).isZero();
        Path noTools = Files.createDirectories(dir.resolve("empty-bin"));
        Path pdf = dir.resolve("KH-Muong-La.pdf");

        ProcessBuilder child = ChildJvm.of(Main.class, "export", "1", "--pdf", pdf.toString(),
                "--pdf-appendices", "separate", "--data-dir", data());
        // Nothing on the PATH but an empty folder: no soffice, no pdftoppm, nothing to convert with.
        child.environment().put("PATH", noTools.toString());
        Process process = child.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(dir.resolve("KH-Muong-La-PhuLuc-I.pdf")).isRegularFile();
        assertThat(output).contains("Đã ghi " + pdf).contains("KH-Muong-La-PhuLuc-I.pdf");
    }

    @Test
    void anUnknownAppendixChoiceIsAUsageError() {
        assertThat(run("export", "1", "--pdf", dir.resolve("x.pdf").toString(), "--pdf-appendices", "both",
                "--data-dir", data())).isEqualTo(KeHoachXaCommand.USAGE_ERROR);
        assertThat(err).contains("\"both\"").contains("--pdf-appendices separate");
    }
}
