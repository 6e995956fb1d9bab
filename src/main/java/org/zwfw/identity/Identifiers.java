package org.zwfw.identity;

import cn.hutool.core.util.CreditCodeUtil;
import cn.hutool.core.util.IdcardUtil;

/** Check-digit validation of 身份证号 (GB 11643) and 统一社会信用代码 (GB 32100), by Hutool. */
public final class Identifiers {
    private Identifiers() {}

    public static boolean isValidResidentId(String id) {
        return id != null && id.length() == 18 && IdcardUtil.isValidCard18(id);
    }

    public static boolean isValidCreditCode(String code) {
        return code != null && code.length() == 18 && CreditCodeUtil.isCreditCode(code);
    }

    /** For logs: never the clear value. */
    public static String mask(String id) {
        if (id == null || id.length() < 8) {
            return "****";
        }
        return id.substring(0, 2) + "*".repeat(id.length() - 4) + id.substring(id.length() - 2);
    }
}
