package cn.overloadcontrol.common.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.ParserConfigurationException;

import cn.overloadcontrol.common.excel.XlsxReadException.Reason;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet of an uploaded .xlsx file into rows of display texts without trusting
 * the file:
 * <ul>
 * <li>the type comes from the bytes, not the name, so text, PDF, old .xls and password-protected
 * files are rejected with their own reason;</li>
 * <li>the sheet is streamed with SAX, never loaded as a DOM, through POI's {@link ZipSecureFile},
 * which stops a part that inflates more than {@value #MAX_INFLATION} times its compressed size or
 * past {@link #MAX_PART_BYTES};</li>
 * <li>reading stops once the file has more non-blank rows than the caller's maximum;</li>
 * <li>formulas are never evaluated: a formula cell reads as the value Excel cached when it saved
 * the file, and as blank when the file contains no cached value.</li>
 * </ul>
 * Values are formatted with each cell's number format, so a date reads as its formatted text and
 * an 18-digit number typed into a number cell reads as Excel shows it (for example
 * {@code 9.11406E+17}), which callers then reject instead of guessing the lost digits.
 *
 * <p>The zip limits are process-wide settings of POI and are set when this class loads.
 */
public final class SafeXlsxReader {

    private static final Logger log = LoggerFactory.getLogger(SafeXlsxReader.class);

    /**
     * POI's default ratio limit, which the 5,000-row import test and the template pass. A zip bomb
     * of one repeated cell compresses about 300 times.
     */
    static final int MAX_INFLATION = 100;
    /** Expanded size of one part; by estimate a 20,000-row, 30-column sheet is about 60 MB of XML. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;
    /** Columns past this index are ignored; import templates have a few dozen columns. */
    static final int MAX_COLUMNS = 256;

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATION);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final long maxFileBytes;
    private final int maxRows;

    /**
     * @param maxFileBytes largest accepted file size in bytes
     * @param maxRows      largest accepted number of non-blank rows in the sheet
     */
    public SafeXlsxReader(long maxFileBytes, int maxRows) {
        this.maxFileBytes = maxFileBytes;
        this.maxRows = maxRows;
    }

    /**
     * Reads the non-blank rows of the first worksheet in workbook order.
     *
     * @throws XlsxReadException when the file is not a readable, safe .xlsx workbook within the limits
     */
    public List<XlsxRow> readFirstSheet(Path file) throws XlsxReadException {
        checkSize(file);
        checkFileType(file);

        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            checkWorkbookPart(workbook);
            return readRows(workbook);
        } catch (RowLimitExceeded e) {
            throw new XlsxReadException(Reason.TOO_MANY_ROWS, "More than " + maxRows + " rows", null, maxRows);
        } catch (NotOfficeXmlFileException e) {
            throw new XlsxReadException(Reason.NOT_XLSX, "Zip archive without Office parts", e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            throw classify(e);
        } finally {
            if (workbook != null) {
                // revert(), not close(): close() would try to save a package opened for reading.
                workbook.revert();
            }
        }
    }

    private void checkSize(Path file) throws XlsxReadException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new XlsxReadException(Reason.CORRUPT, "Cannot read the file size", e);
        }
        if (size == 0) {
            throw new XlsxReadException(Reason.EMPTY_FILE, "The file is empty", null);
        }
        if (size > maxFileBytes) {
            throw new XlsxReadException(Reason.FILE_TOO_LARGE, "File of " + size + " bytes", null,
                    maxFileBytes / (1024 * 1024));
        }
    }

    private static void checkFileType(Path file) throws XlsxReadException {
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new XlsxReadException(Reason.CORRUPT, "Cannot read the file header", e);
        }
        switch (magic) {
            case OOXML -> {
            }
            case OLE2 -> throw isEncrypted(file)
                    ? new XlsxReadException(Reason.ENCRYPTED, "Password-protected workbook", null)
                    : new XlsxReadException(Reason.OLD_XLS, "OLE2 file (Excel 97-2003)", null);
            case BIFF2, BIFF3, BIFF4 -> throw new XlsxReadException(Reason.OLD_XLS, "BIFF " + magic, null);
            default -> throw new XlsxReadException(Reason.NOT_XLSX, "File type " + magic, null);
        }
    }

    /** Office stores a workbook with an opening password as an OLE2 file with these two streams. */
    private static boolean isEncrypted(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntryCaseInsensitive("EncryptionInfo")
                    && container.getRoot().hasEntryCaseInsensitive("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Rejects Office packages other than workbooks, such as a .docx, which open as packages too. */
    private static void checkWorkbookPart(OPCPackage workbook) throws XlsxReadException, OpenXML4JException {
        PackageRelationship main = workbook.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        PackagePart part = main == null ? null : workbook.getPart(main);
        if (part == null || !WORKBOOK_CONTENT_TYPES.contains(part.getContentType())) {
            throw new XlsxReadException(Reason.NOT_XLSX,
                    "Main part is " + (part == null ? "missing" : part.getContentType()), null);
        }
    }

    private List<XlsxRow> readRows(OPCPackage workbook) throws IOException, OpenXML4JException, SAXException,
            ParserConfigurationException, XlsxReadException {
        XSSFReader reader = new XSSFReader(workbook);
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        if (!sheets.hasNext()) {
            throw new XlsxReadException(Reason.NO_SHEET, "The workbook has no worksheet", null);
        }

        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
        DataFormatter formatter = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        formatter.setUse4DigitYearsInAllDateFormats(true);
        RowCollector collector = new RowCollector(maxRows);

        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collector, formatter,
                false));
        try (var sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
        return collector.rows;
    }

    private static XlsxReadException classify(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof XlsxReadException readException) {
                return readException;
            }
            // POI 5.5 reports its zip limits only through IOException messages.
            String message = cause.getMessage();
            if (cause instanceof IOException && message != null
                    && (message.startsWith("Zip bomb detected") || message.contains("potentially malicious"))) {
                log.warn("Rejected an uploaded workbook as a zip bomb: {}", message.lines().findFirst().orElse(""));
                return new XlsxReadException(Reason.ZIP_BOMB, message, failure);
            }
        }
        log.warn("Rejected an unreadable workbook: {}", failure.toString());
        return new XlsxReadException(Reason.CORRUPT, failure.getMessage(), failure);
    }

    /** Stops the SAX parse once the row limit is passed; never leaves this class. */
    private static final class RowLimitExceeded extends RuntimeException {

        RowLimitExceeded() {
            super(null, null, false, false);
        }
    }

    /** Collects non-blank rows; cells arrive in column order with gaps for blank cells. */
    private static final class RowCollector implements SheetContentsHandler {

        private final int maxRows;
        private final List<XlsxRow> rows = new ArrayList<>();
        private List<String> cells = new ArrayList<>();

        RowCollector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowIndex) {
            cells = new ArrayList<>();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                return;
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowIndex) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (rows.size() == maxRows) {
                throw new RowLimitExceeded();
            }
            rows.add(new XlsxRow(rowIndex + 1, cells));
        }
    }
}
