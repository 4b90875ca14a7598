package cn.overloadcontrol.sourceunit;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitDictionaryEntryNotFoundException extends RuntimeException {

    public UnitDictionaryEntryNotFoundException(long entryId) {
        super("Dictionary entry " + entryId + " not found");
    }
}
