package org.dpa4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dpa4j.model.Blank;
import org.dpa4j.model.DataProcessingAgreement;
import org.dpa4j.testkit.SampleAgreements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The development corpus: public third-party DPAs encoded in {@code examples/agreements/corpus/},
 * each with its fact table in {@code docs/corpus/}, and the fact tables of the five seeds. Every
 * file reads and is canonical; every pointer of a fact table holds a value of the file (or is a
 * term the file marks blank); every "typed N of M" line of the table is its own count; no blank is
 * counted by two rows unless the second row says so ({@code (shared with #N)} after its pointer);
 * and at least 95 % of the facts of each corpus document are typed.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("../examples/agreements/corpus");
  private static final Path SEEDS = Path.of("../examples/agreements");
  private static final Path TABLES = Path.of("../docs/corpus");
  private static final Pattern ROW = Pattern.compile("^\\| *\\d+ *\\|.*\\|\\s*$");
  private static final Pattern TYPED =
      Pattern.compile("typed (\\d+) of (\\d+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARED = Pattern.compile("\\s*\\(shared with #(\\d+)\\)$");
  private static final ObjectMapper TREES = new ObjectMapper();
  private final DpaJson json = DpaJson.standard();

  static Stream<String> corpus() throws IOException {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .map(n -> n.substring(0, n.length() - ".json".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> seeds() {
    return Stream.of("hallo", "voip-express", "ipcall", "callvoip", "digiteam");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpusDocumentReadsIsCanonicalAndItsFactTableHolds(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(name + ".json"));
    DataProcessingAgreement dpa = json.read(bytes);
    assertThat(json.write(dpa)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));

    Table table = Table.read(TABLES.resolve(name + ".md"));
    JsonNode tree = TREES.readTree(bytes);
    table.assertPointersHoldValuesOf(dpa, tree);
    table.assertEachBlankCountedOnce(dpa, tree);
    assertThat(table.toAdd).as("proposals not yet encoded").isEmpty();
    assertThat(table.typed * 100.0 / table.rows)
        .as("%s: typed %d of %d", name, table.typed, table.rows)
        .isGreaterThanOrEqualTo(95.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void seedFactTableHolds(String name) throws IOException {
    byte[] bytes = Files.readAllBytes(SEEDS.resolve(name + ".json"));
    DataProcessingAgreement dpa = json.read(bytes);
    Table table = Table.read(TABLES.resolve("seed-" + name + ".md"));
    JsonNode tree = TREES.readTree(bytes);
    table.assertPointersHoldValuesOf(dpa, tree);
    table.assertEachBlankCountedOnce(dpa, tree);
    assertThat(table.toAdd).as("proposals not yet encoded").isEmpty();
  }

  @Test
  void aBlankCountedByTwoRowsFailsUnlessTheSecondSaysItIsShared() {
    DataProcessingAgreement dpa =
        SampleAgreements.compliant().withBlanks(Blank.of("/audit/noticePeriod"));
    JsonNode tree = TREES.valueToTree(java.util.Map.of());
    Table twice =
        Table.of(
            List.of(
                "typed 2 of 2",
                "| 1 | 8 | audit | audit notice period = the period the customer fills in | /audit/noticePeriod |",
                "| 2 | 8 | blank | blank: [NOTICE PERIOD] | /audit/noticePeriod |"));
    assertThatThrownBy(() -> twice.assertEachBlankCountedOnce(dpa, tree))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("counted by rows #1 and #2");
    Table shared =
        Table.of(
            List.of(
                "typed 2 of 2",
                "| 1 | 8 | blank | blank: audit notice period in the audit clause | /audit/noticePeriod |",
                "| 2 | A | blank | blank: the same period in the annex | /audit/noticePeriod"
                    + " (shared with #1) |"));
    shared.assertEachBlankCountedOnce(dpa, tree);
  }

  @Test
  void aTypedLineThatDisagreesWithTheRowsFails() {
    List<String> rows = new ArrayList<>();
    rows.add("typed 51 of 51 (100 %)");
    rows.add("Typed 52 of 51 (100 %)");
    for (int i = 1; i <= 51; i++) {
      rows.add("| " + i + " | 1 | metadata | fact " + i + " | /metadata/title |");
    }
    assertThatThrownBy(() -> Table.of(rows)).hasMessageContaining("typed line");
  }

  /** A fact table: its rows' pointer cells and its own "typed N of M" lines. */
  private static final class Table {
    final List<String> pointers = new ArrayList<>();
    final List<Row> counted = new ArrayList<>();
    final List<String> toAdd = new ArrayList<>();
    int rows;
    int typed;
    final List<int[]> statedCounts = new ArrayList<>();

    /** A typed row: its number, area, pointer and the row it says it shares a blank with. */
    record Row(int number, String area, String pointer, int sharedWith) {}

    static Table read(Path file) throws IOException {
      Table table = of(Files.readAllLines(file, StandardCharsets.UTF_8));
      assertThat(table.rows).as("%s has rows", file).isGreaterThan(50);
      return table;
    }

    static Table of(List<String> lines) {
      Table table = new Table();
      for (String line : lines) {
        Matcher typed = TYPED.matcher(line);
        if (!line.startsWith("|") && typed.find()) {
          table.statedCounts.add(
              new int[] {Integer.parseInt(typed.group(1)), Integer.parseInt(typed.group(2))});
        }
        if (!ROW.matcher(line).matches()) {
          continue;
        }
        String[] cells = line.trim().substring(1).split("\\|");
        String pointer = cells[cells.length - 1].trim().replace("`", "");
        table.rows++;
        if (pointer.startsWith("/")) {
          Matcher shared = SHARED.matcher(pointer);
          int sharedWith = 0;
          if (shared.find()) {
            sharedWith = Integer.parseInt(shared.group(1));
            pointer = pointer.substring(0, shared.start());
          }
          table.pointers.add(pointer);
          table.counted.add(
              new Row(Integer.parseInt(cells[0].trim()), cells[2].trim(), pointer, sharedWith));
          table.typed++;
        } else if (pointer.toLowerCase(java.util.Locale.ROOT).startsWith("to add")) {
          table.toAdd.add(pointer);
        } else {
          assertThat(pointer.toLowerCase(java.util.Locale.ROOT))
              .as("%s: a row's last cell is a pointer or 'untyped: reason'", line)
              .startsWith("untyped");
        }
      }
      assertThat(table.statedCounts).as("a typed line").isNotEmpty();
      for (int[] stated : table.statedCounts) {
        assertThat(stated)
            .as("every typed line says the rows' own count")
            .containsExactly(table.typed, table.rows);
      }
      return table;
    }

    /**
     * Fails when two rows count the same blank: a row counts a blank when its area is {@code blank}
     * or its pointer holds no value and a blank covers it. A row that names the earlier row ({@code
     * (shared with #N)}) records a second place in the text that the same blank fills.
     */
    void assertEachBlankCountedOnce(DataProcessingAgreement dpa, JsonNode tree) {
      java.util.Map<Blank, Row> first = new java.util.IdentityHashMap<>();
      List<String> twice = new ArrayList<>();
      for (Row row : counted) {
        boolean countsBlank = row.area().equals("blank") || tree.at(row.pointer()).isMissingNode();
        Optional<Blank> blank = countsBlank ? dpa.blankAt(row.pointer()) : Optional.empty();
        if (blank.isEmpty()) {
          continue;
        }
        Row earlier = first.putIfAbsent(blank.get(), row);
        if (earlier != null && row.sharedWith() != earlier.number()) {
          twice.add(
              String.format(
                  java.util.Locale.ROOT,
                  "the blank at %s is counted by rows #%d and #%d",
                  blank.get().getPointer(),
                  earlier.number(),
                  row.number()));
        }
      }
      assertThat(twice).as("blanks counted twice").isEmpty();
    }

    void assertPointersHoldValuesOf(DataProcessingAgreement dpa, JsonNode tree) {
      for (String pointer : pointers) {
        boolean present = !tree.at(pointer).isMissingNode();
        assertThat(present || dpa.blankAt(pointer).isPresent())
            .as("%s holds a value or is blank", pointer)
            .isTrue();
      }
    }
  }
}
