package cn.overloadcontrol.common.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds files that an upload must reject, in memory, for the reader and import tests. */
public final class HostileFiles {

    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\">";
    private static final String SHEET_END = "</row></sheetData></worksheet>";

    private HostileFiles() {
    }

    public static byte[] textFile() {
        return "单位名称,统一社会信用代码\n某某煤业,91140581MA0EXAMPL0\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** An Excel 97-2003 workbook. */
    public static byte[] oldXls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("单位").createRow(0).createCell(0).setCellValue("单位名称");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An .xlsx saved with an opening password, as Excel does it: inside an encrypted OLE2 container. */
    public static byte[] passwordProtectedXlsx() throws Exception {
        byte[] plain = workbookWithHeader();
        try (POIFSFileSystem container = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream encrypted = encryptor.getDataStream(container)) {
                encrypted.write(plain);
            }
            container.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A valid Office package that is a Word document, not a workbook. */
    public static byte[] wordDocument() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("单位名称");
            document.write(out);
            return out.toByteArray();
        }
    }

    /** A zip archive with one text file and none of the Office parts. */
    public static byte[] plainZip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The first bytes of a real workbook, cut off: the zip directory is missing. */
    public static byte[] truncatedXlsx() throws IOException {
        byte[] whole = workbookWithHeader();
        byte[] half = new byte[whole.length / 2];
        System.arraycopy(whole, 0, half, 0, half.length);
        return half;
    }

    /**
     * An .xlsx whose sheet XML expands to {@code expandedMegabytes} MB of one repeated cell while
     * the file stays a few hundred KB: the classic zip bomb.
     */
    public static byte[] repeatedCellBomb(int expandedMegabytes) throws IOException {
        byte[] cell = "<c t=\"inlineStr\"><is><t>高平市某某煤业有限公司</t></is></c>".getBytes(StandardCharsets.UTF_8);
        return replaceSheet(workbookWithHeader(), Deflater.BEST_COMPRESSION, out -> {
            long target = expandedMegabytes * 1024L * 1024L;
            for (long written = 0; written < target; written += cell.length) {
                out.write(cell);
            }
        });
    }

    /**
     * An .xlsx whose sheet expands to {@code expandedMegabytes} MB at a ratio well under 100, so
     * the ratio check passes and only the size limit of a part can stop it.
     */
    public static byte[] oversizedPart(int expandedMegabytes) throws IOException {
        Random random = new Random(42);
        byte[] chunk = new byte[1024];
        return replaceSheet(workbookWithHeader(), Deflater.BEST_SPEED, out -> {
            long target = expandedMegabytes * 1024L * 1024L;
            for (long written = 0; written < target; written += chunk.length) {
                // 24 random letters per KB keep deflate from finding long matches everywhere.
                Arrays.fill(chunk, (byte) 'a');
                for (int i = 0; i < 24; i++) {
                    chunk[random.nextInt(chunk.length)] = (byte) ('a' + random.nextInt(26));
                }
                out.write(chunk);
            }
        });
    }

    private static byte[] workbookWithHeader() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("单位").createRow(0).createCell(0).setCellValue("单位名称");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private interface Payload {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Copies a workbook, writing the first sheet's XML from the payload instead. */
    private static byte[] replaceSheet(byte[] workbook, int level, Payload cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
                    cells.writeTo(zip);
                    zip.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
