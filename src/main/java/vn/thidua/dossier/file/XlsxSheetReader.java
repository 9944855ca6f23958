package vn.thidua.dossier.file;

import vn.thidua.text.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import vn.thidua.text.Messages;
import vn.thidua.dossier.NominationVocabulary;
import vn.thidua.dossier.file.SheetTable.Cell;
import vn.thidua.dossier.file.SheetTable.CellKind;
import vn.thidua.dossier.file.SheetTable.Row;
import vn.thidua.problem.InvalidInputException;

/**
 * Reads the list sheet of an .xlsx file by streaming its XML (never the whole workbook into memory), so a large
 * or hostile file costs little: the unzipped size is capped before POI opens the package, POI's own zip-bomb
 * ratio check stays on, and reading stops at the first row past the row cap.
 */
final class XlsxSheetReader {

    /** Uncompressed size of all parts together; a full list of long texts stays well below it. */
    static final long MAX_UNZIPPED_BYTES = 64L * 1024 * 1024;
    private static final int MAX_ENTRIES = 2_000;
    /** Columns read; the list has 22, the rest only matter to say a header is unknown. */
    private static final int MAX_COLUMNS = 64;

    private XlsxSheetReader() {
    }

    /** The sheet named {@code sheetName} (folded), else the first sheet. */
    static SheetTable read(byte[] bytes, String fileName, String sheetName, int maxRows) {
        checkUnzippedSize(bytes, fileName);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            checkIsWorkbook(pkg, fileName);
            XSSFReader reader = new XSSFReader(pkg);
            reader.setUseReadOnlySharedStringsTable(true);
            SharedStrings strings = reader.getSharedStringsTable();
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = date1904(reader);
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            byte[] chosen = null;
            String wanted = NominationVocabulary.fold(sheetName);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    boolean named = NominationVocabulary.fold(sheets.getSheetName()).equals(wanted);
                    if (chosen == null || named) {
                        chosen = sheet.readAllBytes();
                    }
                    if (named) {
                        break;
                    }
                }
            }
            if (chosen == null) {
                throw NominationFiles.fileError(fileName, Messages.get("nomination.file.noSheet"));
            }
            SheetHandler handler = new SheetHandler(strings, styles, date1904, maxRows);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(handler);
            xml.parse(new InputSource(new ByteArrayInputStream(chosen)));
            return new SheetTable(List.copyOf(handler.rows));
        } catch (TooManyRows e) {
            throw NominationFiles.tooManyRows(fileName, maxRows, e.line);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a corrupt package in many shapes (IOException, POIXMLException, IllegalArgumentException …).
            if (mentionsZipBomb(e)) {
                throw NominationFiles.fileError(fileName, Messages.get("nomination.file.oddZip"));
            }
            throw corrupt(fileName);
        }
    }

    private static boolean mentionsZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Inflates every part once, counting, before POI keeps anything: POI's ratio check lets a 5 MB upload grow to
     * 500 MB, which is not something a list of names needs.
     */
    private static void checkUnzippedSize(byte[] bytes, String fileName) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw tooBigUnzipped(fileName);
                }
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNZIPPED_BYTES) {
                        throw tooBigUnzipped(fileName);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw corrupt(fileName);
        }
        if (entries == 0) {
            throw corrupt(fileName);
        }
    }

    private static void checkIsWorkbook(OPCPackage pkg, String fileName) {
        PackageRelationshipCollection main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.isEmpty()) {
            throw corrupt(fileName);
        }
        PackagePart part;
        try {
            part = pkg.getPart(main.getRelationship(0));
        } catch (IllegalArgumentException e) {
            throw corrupt(fileName);
        }
        String type = part == null ? "" : part.getContentType();
        if (type.contains("wordprocessingml")) {
            throw NominationFiles.fileError(fileName, Messages.get("nomination.file.docx"));
        }
        if (type.contains("presentationml")) {
            throw NominationFiles.fileError(fileName, Messages.get("nomination.file.pptx"));
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw corrupt(fileName);
        }
    }

    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException,
            SAXException, ParserConfigurationException {
        boolean[] date1904 = {false};
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equals(value);
                }
            }
        });
        try (InputStream workbook = reader.getWorkbookData()) {
            xml.parse(new InputSource(workbook));
        }
        return date1904[0];
    }

    private static RuntimeException corrupt(String fileName) {
        return NominationFiles.fileError(fileName, Messages.get("nomination.file.corrupt"));
    }

    private static RuntimeException tooBigUnzipped(String fileName) {
        return NominationFiles.fileError(fileName, Messages.get("nomination.file.unzippedTooLarge",
                MAX_UNZIPPED_BYTES / (1024 * 1024)));
    }

    /** Stops the parse once the list is longer than allowed. */
    private static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;
        final int line;

        TooManyRows(int line) {
            this.line = line;
        }
    }

    /** SpreadsheetML {@code <sheetData>}: rows of {@code <c r t s><f/><v/><is><t/></is></c>}. */
    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final int maxRows;
        final List<Row> rows = new ArrayList<>();

        private int rowNumber;
        private Map<Integer, Cell> cells;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private int dataRows;

        SheetHandler(SharedStrings strings, StylesTable styles, boolean date1904, int maxRows) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.maxRows = maxRows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new HashMap<>();
                    column = -1;
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : new CellReference(r).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                    inline.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (column < MAX_COLUMNS) {
                        Cell cell = cell();
                        if (cell != null) {
                            cells.put(column, cell);
                        }
                    }
                }
                case "row" -> {
                    boolean header = rows.isEmpty() && rowNumber == 1;
                    // A running number alone (often pre-filled or a formula down the template) is not a nominee.
                    boolean content = cells.keySet().stream().anyMatch(c -> c > 0);
                    if (header || content) {
                        if (!header && ++dataRows > maxRows) {
                            throw new TooManyRows(rowNumber);
                        }
                        rows.add(new Row(rowNumber, Map.copyOf(cells)));
                    }
                }
                default -> {
                }
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (formula) {
                return new Cell(CellKind.FORMULA, v, 0, null);
            }
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> v.isBlank() ? null : text(strings.getItemAt(Integer.parseInt(v.strip())).getString());
                case "inlineStr" -> text(inline.toString());
                case "str" -> text(v);
                case "b" -> new Cell(CellKind.BOOLEAN, "1".equals(v.strip()) ? "TRUE" : "FALSE", 0, null);
                case "e" -> new Cell(CellKind.ERROR, v, 0, null);
                case "d" -> isoDate(v);
                default -> number(v);
            };
        }

        /** Text saved on a Mac may be decomposed (NFD); store one form so names compare equal. */
        private static Cell text(String text) {
            return text == null || text.isBlank() ? null : Cell.text(Normalizer.normalize(text, Normalizer.Form.NFC));
        }

        private Cell number(String v) {
            if (v.isBlank()) {
                return null;
            }
            double number = Double.parseDouble(v.strip());
            if (style != null && isDateFormat(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
                LocalDate date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
                return new Cell(CellKind.DATE, date.toString(), number, date);
            }
            return new Cell(CellKind.NUMBER, plain(number), number, null);
        }

        private Cell isoDate(String v) {
            try {
                LocalDate date = LocalDate.parse(v.strip().substring(0, Math.min(10, v.strip().length())));
                return new Cell(CellKind.DATE, date.toString(), 0, date);
            } catch (DateTimeParseException e) {
                return text(v);
            }
        }

        private boolean isDateFormat(int styleIndex) {
            if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
                return false;
            }
            XSSFCellStyle cellStyle = styles.getStyleAt(styleIndex);
            return cellStyle != null
                    && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
        }
    }

    /** 12.0 → "12", 0.5 → "0.5": how the number looks in the cell, without Excel's display format. */
    static String plain(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return Long.toString((long) number);
        }
        return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
