package vn.thidua.dossier.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.thidua.dossier.AwardDecision;
import vn.thidua.dossier.AwardDecision.Award;
import vn.thidua.dossier.document.DecisionWording.TitleGroup;

/**
 * Lays out the decision as Nghị định 30/2020/NĐ-CP (thể thức văn bản hành chính, Phụ lục I) wants it:
 * A4, Times New Roman, margins top/bottom 20 mm, left 30 mm, right 15 mm; header as a borderless two-column
 * table; the annex (danh sách khen thưởng) after a page break. Sizes follow the decree's table of fonts.
 */
final class DecisionDocx {

    static final String FONT = "Times New Roman";

    /** 1 mm in twentieths of a point (twips). */
    private static final double MM = 1440 / 25.4;
    private static final int PAGE_WIDTH = twips(210);
    private static final int PAGE_HEIGHT = twips(297);
    private static final int MARGIN_TOP = twips(20);
    private static final int MARGIN_BOTTOM = twips(20);
    private static final int MARGIN_LEFT = twips(30);
    private static final int MARGIN_RIGHT = twips(15);
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    /*
     * The header table reaches 5 mm into each margin, as offices' templates do, so that the national name
     * ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and a usual unit name each keep to one line.
     */
    private static final int HEADER_LEFT = twips(72);
    private static final int HEADER_RIGHT = TEXT_WIDTH + twips(10) - HEADER_LEFT;
    private static final int FIRST_LINE_INDENT = twips(10);

    private static final int BODY = 14;
    /** Names of the bodies and the national name: 12–13 pt in the decree. */
    private static final int HEADER = 12;
    /** Motto, number and date line: 13–14 pt in the decree. */
    private static final int HEADER_LINE = 13;
    private static final int RECIPIENTS_HEADING = 12;
    private static final int RECIPIENTS = 11;
    private static final int TABLE = 13;

    private enum Look { BOLD, ITALIC }

    private final DecisionWording words;
    private final XWPFDocument document;

    private DecisionDocx(DecisionWording words, XWPFDocument document) {
        this.words = words;
        this.document = document;
    }

    static byte[] render(DecisionWording words) {
        try (XWPFDocument document = new XWPFDocument()) {
            DecisionDocx docx = new DecisionDocx(words, document);
            docx.page();
            docx.header();
            docx.title();
            docx.preamble();
            docx.articles();
            docx.signature();
            docx.annex();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);

        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(twips(10)));
        margins.setFooter(BigInteger.valueOf(twips(10)));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Tên cơ quan, số, ký hiệu on the left; quốc hiệu, tiêu ngữ, địa danh và ngày on the right. */
    private void header() {
        XWPFTable table = borderless(HEADER_LEFT, HEADER_RIGHT);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        XWPFParagraph first = left.getParagraphs().get(0);
        String parent = words.headerParent();
        if (parent != null) {
            centred(first);
            run(first, parent, HEADER);
            first = left.addParagraph();
        }
        centred(first);
        run(first, words.headerIssuer(), HEADER, Look.BOLD);
        rule(left.addParagraph(), HEADER_LEFT, twips(22));
        XWPFParagraph number = centred(left.addParagraph());
        number.setSpacingBefore(120);
        run(number, words.number(), HEADER_LINE);

        XWPFParagraph nation = centred(right.getParagraphs().get(0));
        run(nation, words.text("decision.nationalName"), HEADER, Look.BOLD);
        XWPFParagraph motto = centred(right.addParagraph());
        run(motto, words.text("decision.motto"), HEADER_LINE, Look.BOLD);
        rule(right.addParagraph(), HEADER_RIGHT, twips(56));
        XWPFParagraph date = centred(right.addParagraph());
        date.setSpacingBefore(120);
        run(date, words.dateLine(), HEADER_LINE, Look.ITALIC);
    }

    private void title() {
        XWPFParagraph type = centred(document.createParagraph());
        type.setSpacingBefore(360);
        run(type, words.text("decision.type"), BODY, Look.BOLD);
        XWPFParagraph subject = centred(document.createParagraph());
        run(subject, words.subject(), BODY, Look.BOLD);
        rule(document.createParagraph(), TEXT_WIDTH, twips(40));
        XWPFParagraph authority = centred(document.createParagraph());
        authority.setSpacingBefore(240);
        authority.setSpacingAfter(120);
        run(authority, words.upper(words.authority()), BODY, Look.BOLD);
    }

    private void preamble() {
        for (String basis : words.basis()) {
            run(body(), basis, BODY, Look.ITALIC);
        }
        run(body(), words.proposal(), BODY, Look.ITALIC);
        XWPFParagraph decides = centred(document.createParagraph());
        decides.setSpacingBefore(120);
        decides.setSpacingAfter(120);
        run(decides, words.text("decision.decides"), BODY, Look.BOLD);
    }

    private void articles() {
        article(1, words.article1());
        article(2, words.text("decision.article2"));
        article(3, words.text("decision.article3"));
    }

    private void article(int number, String text) {
        XWPFParagraph paragraph = body();
        run(paragraph, words.article(number) + " ", BODY, Look.BOLD);
        run(paragraph, text, BODY);
    }

    /** Nơi nhận bottom left, quyền hạn, chức vụ, họ tên of the signer bottom right. */
    private void signature() {
        XWPFTable table = borderless(TEXT_WIDTH / 2 - twips(5), TEXT_WIDTH / 2 + twips(5));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        XWPFParagraph heading = left.getParagraphs().get(0);
        heading.setSpacingBefore(120);
        run(heading, words.text("decision.recipients"), RECIPIENTS_HEADING, Look.BOLD, Look.ITALIC);
        for (String recipient : words.recipientsList()) {
            run(left.addParagraph(), recipient, RECIPIENTS);
        }

        AwardDecision decision = words.decision();
        XWPFParagraph position = centred(right.getParagraphs().get(0));
        position.setSpacingBefore(120);
        run(position, words.upper(decision.signerPosition().trim()), BODY, Look.BOLD);
        // Room for the signature and the seal: about 3 cm.
        XWPFParagraph room = right.addParagraph();
        room.setSpacingBefore(twips(30));
        XWPFParagraph name = centred(right.addParagraph());
        run(name, decision.signerName().trim(), BODY, Look.BOLD);
    }

    private void annex() {
        XWPFParagraph title = centred(document.createParagraph());
        title.setPageBreak(true);
        run(title, words.text("decision.annex.title"), BODY, Look.BOLD);
        XWPFParagraph reference = centred(document.createParagraph());
        reference.setSpacingAfter(240);
        run(reference, words.annexReference(), BODY, Look.ITALIC);

        int[] widths = {twips(12), twips(55), twips(38)};
        int[] columns = {widths[0], widths[1], widths[2], TEXT_WIDTH - widths[0] - widths[1] - widths[2]};
        XWPFTable table = document.createTable(1, columns.length);
        fixed(table, columns);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        String[] headings = {"decision.annex.number", "decision.annex.name", "decision.annex.position",
                "decision.annex.unit"};
        for (int i = 0; i < headings.length; i++) {
            cell(header.getCell(i), words.text(headings[i]), true, Look.BOLD);
        }

        List<TitleGroup> groups = words.groups();
        for (int g = 0; g < groups.size(); g++) {
            XWPFTableRow heading = table.createRow();
            heading.setCantSplitRow(true);
            for (int i = columns.length - 1; i > 0; i--) {
                heading.removeCell(i);
            }
            XWPFTableCell merged = heading.getCell(0);
            merged.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns.length));
            merged.setWidth(String.valueOf(TEXT_WIDTH));
            merged.setWidthType(TableWidthType.DXA);
            cell(merged, words.groupHeading(g + 1, groups.get(g)), false, Look.BOLD);

            List<Award> awards = groups.get(g).awards();
            for (int a = 0; a < awards.size(); a++) {
                Award award = awards.get(a);
                XWPFTableRow row = table.createRow();
                row.setCantSplitRow(true);
                widths(row, columns);
                cell(row.getCell(0), String.valueOf(a + 1), true);
                cell(row.getCell(1), award.fullName(), false);
                if (award.exemplaryModel()) {
                    // The marker the dossier and the results show, on its own line under the name.
                    XWPFRun marker = row.getCell(1).getParagraphs().get(0).createRun();
                    marker.setFontFamily(FONT);
                    marker.setFontSize(TABLE);
                    marker.setItalic(true);
                    marker.addBreak();
                    marker.setText(Normalizer.normalize(words.text("decision.annex.model"), Normalizer.Form.NFC));
                }
                cell(row.getCell(2), award.position(), false);
                cell(row.getCell(3), award.unitName(), false);
            }
        }
    }

    private XWPFTable borderless(int... columns) {
        XWPFTable table = document.createTable(1, columns.length);
        // Explicit "none" rather than no borders at all, so no default table style can draw them.
        table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        fixed(table, columns);
        return table;
    }

    private static void fixed(XWPFTable table, int... columns) {
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(sum(columns)));
        table.setWidthType(TableWidthType.DXA);
        var properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        widths(table.getRow(0), columns);
    }

    private static void widths(XWPFTableRow row, int... columns) {
        for (int i = 0; i < columns.length; i++) {
            row.getCell(i).setWidth(String.valueOf(columns[i]));
            row.getCell(i).setWidthType(TableWidthType.DXA);
        }
    }

    private static void cell(XWPFTableCell cell, String text, boolean centred, Look... looks) {
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setSpacingBefore(40);
        paragraph.setSpacingAfter(40);
        if (centred) {
            centred(paragraph);
        }
        run(paragraph, text == null ? "" : text, TABLE, looks);
    }

    /** A body paragraph: justified, first line indented, 6 pt after (the decree's minimum). */
    private XWPFParagraph body() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(120);
        paragraph.setSpacingBetween(1.1, LineSpacingRule.AUTO);
        return paragraph;
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** The short solid line the decree draws under the issuer, the motto and the subject: a bottom border. */
    private static void rule(XWPFParagraph paragraph, int available, int length) {
        int indent = Math.max(0, (available - length) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(6, LineSpacingRule.EXACT);
        paragraph.setBorderBottom(Borders.SINGLE);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, Look... looks) {
        XWPFRun run = paragraph.createRun();
        run.setText(Normalizer.normalize(text, Normalizer.Form.NFC));
        run.setFontFamily(FONT);
        run.setFontSize(size);
        for (Look look : looks) {
            switch (look) {
                case BOLD -> run.setBold(true);
                case ITALIC -> run.setItalic(true);
            }
        }
        return run;
    }

    private static int sum(int... values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }

    private static int twips(double millimetres) {
        return (int) Math.round(millimetres * MM);
    }
}
