package cn.overloadcontrol.upstream.send;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.overloadcontrol.upstream.UploadFormat;
import org.springframework.stereotype.Component;

/** Every {@link UploadFormat} bean by its key. */
@Component
public class UploadFormats {

    private final Map<String, UploadFormat> formats;

    UploadFormats(List<UploadFormat> formats) {
        this.formats = formats.stream().collect(Collectors.toUnmodifiableMap(UploadFormat::key, Function.identity()));
    }

    public Optional<UploadFormat> find(String key) {
        return Optional.ofNullable(formats.get(key));
    }

    public List<String> keys() {
        return formats.keySet().stream().sorted().toList();
    }
}
