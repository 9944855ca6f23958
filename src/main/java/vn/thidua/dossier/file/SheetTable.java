package vn.thidua.dossier.file;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * The rows of a nomination list as read from an .xlsx sheet or a CSV file, before any meaning is given to them:
 * what each cell holds and where it is. Blank cells are absent.
 *
 * @param rows the header row and the data rows, in order; a data row holding nothing but a running number is
 *             left out
 */
record SheetTable(List<Row> rows) {

    enum CellKind {
        TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR
    }

    /**
     * One non-blank cell.
     *
     * @param text   the text shown (for a number its plain digits, for a formula its formula, for an error the code)
     * @param number the value of a NUMBER cell
     * @param date   the value of a DATE cell
     */
    record Cell(CellKind kind, String text, double number, LocalDate date) {

        static Cell text(String text) {
            return new Cell(CellKind.TEXT, text, 0, null);
        }
    }

    /**
     * @param number 1-based row number as Excel shows it (for CSV the line where the record starts)
     * @param cells  non-blank cells by 0-based column
     */
    record Row(int number, Map<Integer, Cell> cells) {

        Cell cell(int column) {
            return cells.get(column);
        }

        /** "D7": the cell as the user finds it in Excel. */
        String ref(int column) {
            return CellReference.convertNumToColString(column) + number;
        }
    }
}
