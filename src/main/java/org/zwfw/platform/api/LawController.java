package org.zwfw.platform.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zwfw.engine.RuleSetHolder;
import org.zwfw.governance.law.LawBrowser;
import org.zwfw.kernel.NotFoundException;
import org.zwfw.lawbook.vocabulary.Fields;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The law on file beside the rules that apply it, from the rule set in service: instruments, each article's words,
 * its decision-relevance mark, the rules citing it (their DRL as written) and the interpretation entries reading it.
 * The law is public: every role may read it.
 */
@RestController
@RequestMapping("/api/v1/law")
@Tag(name = "Law", description = "The texts on file, article by article, beside the rules that cite them")
public record LawController(RuleSetHolder rules) {
    @Operation(summary = "The instruments on file (laws, regulations, measures, drafts) with their status and dates")
    @GetMapping("/instruments")
    public List<LawBrowser.InstrumentSummary> instruments() {
        return new LawBrowser(rules.current()).instruments();
    }

    @Operation(summary = "An instrument's articles: decision-relevance mark and note, the rules and interpretation "
            + "entries of each")
    @ApiResponse(responseCode = "404", description = "No instrument with this id or exact title (application/problem+json)")
    @GetMapping("/instruments/{id}")
    public LawBrowser.InstrumentView instrument(@PathVariable String id) {
        return new LawBrowser(rules.current()).instrument(id).orElseThrow(() -> new NotFoundException("id",
                "is not an instrument on file", "no instrument " + Fields.safe(id) + "; see GET /api/v1/law/instruments"));
    }

    @Operation(summary = "One article: its words as the text on file has them, the rules citing it with their DRL, and "
            + "the interpretation entries that read it")
    @ApiResponse(responseCode = "404", description = "No such instrument, or no such article in it (application/problem+json)")
    @GetMapping("/instruments/{id}/articles/{article}")
    public LawBrowser.ArticleView article(@PathVariable String id, @PathVariable String article) {
        return new LawBrowser(rules.current()).article(id, article).orElseThrow(() -> new NotFoundException("article",
                "is not an article of an instrument on file", "no article " + Fields.safe(article) + " in instrument "
                        + Fields.safe(id) + "; see GET /api/v1/law/instruments/{id}"));
    }

    @Operation(summary = "The article a citation names, as every answer's reasons give it (clause=<exact title> <article>)")
    @ApiResponse(responseCode = "404", description = "The citation names no article on file (application/problem+json)")
    @GetMapping("/citation")
    public LawBrowser.ArticleView citation(@RequestParam String clause) {
        return new LawBrowser(rules.current()).cited(clause).orElseThrow(() -> new NotFoundException("clause",
                "names no article on file", "no article on file is cited as " + Fields.safe(clause)));
    }
}
