package cn.overloadcontrol.upstream.send;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.upstream.UploadFormat;
import cn.overloadcontrol.upstream.UploadItem;
import cn.overloadcontrol.upstream.target.FieldMapping;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default format: JSON written by the target's {@link FieldMapping}. A batch of records is
 * a JSON array, or an object with the array under the mapping's {@code recordsField}. Media
 * and list pushes use fixed field names.
 */
@Component
class GenericJsonFormat implements UploadFormat {

    static final String KEY = "generic-json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public byte[] recordBody(UploadTarget target, List<UploadItem.Record> records) {
        FieldMapping mapping = target.mapping();
        List<Map<String, Object>> items = new ArrayList<>();
        for (UploadItem.Record record : records) {
            Map<String, Object> item = mapping.apply(record.fields());
            if (mapping.idempotencyField() != null) {
                item.put(mapping.idempotencyField(), record.idempotencyKey());
            }
            if (!record.inlineMedia().isEmpty()) {
                item.put("media", record.inlineMedia().stream().map(GenericJsonFormat::inlineMedia).toList());
            }
            items.add(item);
        }
        if (mapping.recordsField() == null) {
            return JSON.writeValueAsBytes(items);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put(mapping.recordsField(), items);
        return JSON.writeValueAsBytes(envelope);
    }

    // NOTE: media and list bodies use fixed field names; the mapping renames record fields only.
    @Override
    public byte[] mediaBody(UploadTarget target, UploadItem.Media media) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", media.idempotencyKey());
        body.put("recordId", media.recordId());
        body.put("recordNumber", media.recordNumber());
        body.put("stationCode", media.stationCode());
        body.putAll(inlineMedia(media));
        return JSON.writeValueAsBytes(body);
    }

    @Override
    public byte[] registryBody(UploadTarget target, UploadItem.Registry registry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("idempotencyKey", registry.idempotencyKey());
        body.put("kind", registry.kind());
        body.put("entries", registry.entries());
        return JSON.writeValueAsBytes(body);
    }

    private static Map<String, Object> inlineMedia(UploadItem.Media media) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("kind", media.kind());
        file.put("sha256", media.sha256());
        file.put("contentType", media.contentType());
        file.put("contentBase64", Base64.getEncoder().encodeToString(media.content()));
        return file;
    }
}
