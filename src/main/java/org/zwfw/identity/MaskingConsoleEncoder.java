package org.zwfw.identity;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * The console encoder of logback-spring.xml: Spring Boot's pattern — or, when {@code logging.structured.format.console}
 * is set (the json-logs profile), its structured JSON — with every identifier in the finished line masked
 * ({@link PersonalData}).
 */
public class MaskingConsoleEncoder extends EncoderBase<ILoggingEvent> {
    private String pattern;
    private String structuredFormat;
    private Charset charset = StandardCharsets.UTF_8;
    private MaskingPatternLayout layout;
    private StructuredLogEncoder structured;

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setStructuredFormat(String structuredFormat) {
        this.structuredFormat = structuredFormat;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    /** The pattern layout, or null when the lines are structured. */
    public MaskingPatternLayout getLayout() {
        return layout;
    }

    @Override
    public void start() {
        if (structuredFormat != null && !structuredFormat.isBlank()) {
            structured = new StructuredLogEncoder();
            structured.setContext(getContext());
            structured.setFormat(structuredFormat);
            structured.setCharset(charset);
            structured.start();
        } else {
            layout = new MaskingPatternLayout();
            layout.setContext(getContext());
            layout.setPattern(pattern);
            layout.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        if (structured != null) {
            structured.stop();
        }
        if (layout != null) {
            layout.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        String line = structured != null ? new String(structured.encode(event), charset) : layout.doLayout(event);
        return PersonalData.mask(line).getBytes(charset);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
