package org.zwfw.identity;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's pattern layout with every identifier in the finished line masked ({@link PersonalData}). */
public class MaskingPatternLayout extends PatternLayout {
    @Override
    public String doLayout(ILoggingEvent event) {
        return PersonalData.mask(super.doLayout(event));
    }
}
