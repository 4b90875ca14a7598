package cn.overloadcontrol.sourceunit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Excel import of source units. Keep {@code spring.servlet.multipart.max-file-size}
 * above {@code maxFileSize}, so that a file over this limit gets the import page's own message.
 *
 * @param maxFileSize largest accepted workbook
 * @param maxRows     largest number of data rows in one import
 */
@ConfigurationProperties("app.import")
record UnitImportProperties(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows) {
}
