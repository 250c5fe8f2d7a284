package ru.kogalym.civic.query.web;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The API description of the exports that {@link CsvExport} and {@link XlsxExport} write: every CSV answer takes the
 * layout parameters {@value CsvExport#DELIMITER} and {@value CsvExport#DECIMAL}; a spreadsheet handler answers the
 * XLSX media type.
 */
@Configuration(proxyBeanMethods = false)
class ExportDescription {

    @Bean
    OperationCustomizer exportAnswers() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(CsvExport.CsvFile.class)
                || handler.hasMethodAnnotation(CsvExport.CsvByAccept.class)) {
                operation.addParametersItem(new Parameter().in("query").name(CsvExport.DELIMITER)
                        .description("CSV: разделитель полей — comma (по умолчанию) или semicolon (для табличного "
                                     + "редактора в русской локали)")
                        .schema(new StringSchema()._enum(List.of("comma", "semicolon"))._default("comma")));
                operation.addParametersItem(new Parameter().in("query").name(CsvExport.DECIMAL)
                        .description("CSV: десятичный разделитель сумм — point (по умолчанию) или comma")
                        .schema(new StringSchema()._enum(List.of("point", "comma"))._default("point")));
            }
            if (handler.hasMethodAnnotation(CsvExport.Labelled.class)) {
                operation.addParametersItem(new Parameter().in("query").name(CsvExport.LABELS)
                        .description("CSV: заголовки и значения — codes (по умолчанию: имена полей и коды, для "
                                     + "программ) или russian (русские заголовки и подписи, как в XLSX)")
                        .schema(new StringSchema()._enum(List.of("codes", "russian"))._default("codes")));
            }
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null && handler.hasMethodAnnotation(XlsxExport.XlsxFile.class)) {
                ok.content(new Content().addMediaType(XlsxExport.MEDIA_TYPE, new MediaType()
                        .schema(new StringSchema().format("binary").description("Книга Excel (Office Open XML)"))));
            }
            return operation;
        };
    }
}
