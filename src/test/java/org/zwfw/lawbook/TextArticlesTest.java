package org.zwfw.lawbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Articles and section paths as a text gives them, through the damage of the web captures on file. */
class TextArticlesTest {
    @Test
    void articlesHeadingALineAreReadInOrder() {
        assertThat(TextArticles.of(List.of("第一章 总则", "第一条 为了……", "本条第二款", "第二条　本办法……")))
                .containsExactly("第一条", "第二条");
    }

    @Test
    void aDamagedHeadingCountsOnlyAsTheNextArticle() {
        assertThat(TextArticles.of(List.of("第十一条 a", "第三章 ?政务服务建设", "第十二 b", "十三条 c",
                "[bookmark: _GoBack]第十四条 d", "第三十九?? e", "二十条 f", "第十五条 g", "第十六?? h")))
                .containsExactly("第十一条", "第十二条", "第十三条", "第十四条", "第十五条", "第十六条");
    }

    @Test
    void aTextWithoutArticlesGivesItsSectionPaths() {
        assertThat(TextArticles.of(List.of("一、总体要求", "（一）指导思想", "坚持……", "三、推进政务服务规范化",
                "(一) 严格规范审批服务。", "1.规范审批服务行为。", "2023 年底前，……", "2.规范审批监管协同。",
                "（二）规范政务服务场所办事服务。", "4.提升……")))
                .containsExactly("一（一）", "三（一）", "三（一）1", "三（一）2", "三（二）", "三（二）4");
    }
}
