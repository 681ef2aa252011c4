package org.regia.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regia.opendata.internal.Giving360Parser;
import org.regia.opendata.internal.GivingSchema;
import org.regia.opendata.internal.ImportProgress;
import org.regia.opendata.internal.ParsedFile;
import org.regia.opendata.internal.RowError;

/** The 360Giving parser on the five real grant files of ../shared/data (no database: the parsing and the report). */
class ParsersOnRealFilesTest {

    static final Path DATA = Path.of("../shared/data");
    final GivingSchema schema = new GivingSchema(DATA.resolve("360giving/schema").toString());

    ParsedFile parse360(String name) throws IOException {
        Path file = DATA.resolve("360giving/grants").resolve(name);
        assumeTrue(Files.exists(file), "real data absent: " + file.toAbsolutePath());
        return new Giving360Parser(schema).parse(name, Files.readAllBytes(file), ImportProgress.NONE);
    }

    @Test
    void lloydsFileDoesNotValidateAndTheReportNamesFromOpenCallAndTheRows() throws IOException {
        ParsedFile p = parse360("a002400000OiDBQAA3.json");
        assertThat(p.fatal()).isFalse();
        assertThat(p.rowsTotal()).isEqualTo(4116);
        Map<String, Long> byField = p.errors().stream().collect(Collectors.groupingBy(RowError::field, Collectors.counting()));
        System.out.println(byField);
        List<RowError> openCall = p.errors().stream().filter(e -> e.field().equals("fromOpenCall")).toList();
        assertThat(openCall).isNotEmpty();
        assertThat(openCall.get(0).row()).isEqualTo(1);
        assertThat(openCall.get(0).value()).isIn("Y", "N");
        assertThat(openCall.get(0).reasonKey()).isEqualTo("opendata.error.yesNo");
        p.errors().stream().limit(5).forEach(System.out::println);
    }

    @Test
    void wolfsonDatesAreReportedAsDdMmYyyy() throws IOException {
        ParsedFile p = parse360("a002400000KeYdsAAF.json");
        System.out.println(p.errors().stream().collect(Collectors.groupingBy(e -> e.field() + " " + e.reasonKey(), Collectors.counting())));
        RowError first = p.errors().stream().filter(e -> e.field().equals("awardDate")).findFirst().orElseThrow();
        assertThat(first.row()).isEqualTo(1);
        assertThat(first.value()).isEqualTo("05/06/2014");
        assertThat(first.reasonKey()).isEqualTo("opendata.error.dateDdMmYyyy");
        assertThat(first.detail()).isEqualTo("2014-06-05");
    }

    @Test
    void theOtherFiles() throws IOException {
        for (String f : List.of("a002400000nO46WAAS.json", "awefw001p00000zgyHZAAY.json", "grantnav-20180903134856.json", "data.json")) {
            ParsedFile p = parse360(f);
            System.out.println(f + " total=" + p.rowsTotal() + " valid=" + p.rows().size() + " errors=" + p.errors().size() + " fatal=" + p.fatal()
                    + " " + p.errors().stream().limit(3).toList());
        }
    }
}
