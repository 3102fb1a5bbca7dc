using System.Net;
using CoopAlliance.Application.Assistance;
using CoopAlliance.Web.Pages.MyCoop.Assistance;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// Routes that take files refuse a body over their limit before reading any of it: a declared Content-Length over
/// the limit is answered 413 at once, and the server stops reading a body without one (chunked) at the limit.
/// The limit follows <see cref="AssistanceOptions.MaxAttachmentBytes"/>, per file, plus room for the rest of the form.
/// </summary>
public static class UploadLimits
{
    /// <summary>Room for multipart boundaries and headers, the antiforgery token and the other fields of the form.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    public static long ForFiles(AssistanceOptions options, int files) => (options.MaxAttachmentBytes * files) + FormOverheadBytes;

    /// <summary>Caps what the server will read of this request's body; true when its declared length is already over.</summary>
    public static bool Exceeds(HttpContext http, long limit)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        return http.Request.ContentLength > limit;
    }

    /// <summary>"10 MB", or "1 KB" for a limit under a megabyte.</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024d / 1024d:0.#} MB" : $"{bytes / 1024d:0.#} KB";
}

/// <summary>
/// On a page whose forms carry files: a post over the limit is answered 413 with a short readable page, before
/// anything (antiforgery included, which reads the form) reads the body.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AttachmentUploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>Before antiforgery validation (order 1000), which would read the whole form.</summary>
    public int Order => 900;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<AssistanceOptions>>().Value;
        var limit = UploadLimits.ForFiles(options, NewModel.MaxFilesAtOnce);
        if (!UploadLimits.Exceeds(http, limit))
        {
            return;
        }

        // This page is the answer: the site's error page would be re-executed as a POST and read the form after all.
        if (http.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        var back = WebUtility.HtmlEncode(http.Request.Path + http.Request.QueryString);
        context.Result = new ContentResult
        {
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ContentType = "text/html; charset=utf-8",
            Content = $"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>The files are too large</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
                <h1>The files are too large</h1>
                <p>Nothing was saved. Each file can be at most {UploadLimits.Size(options.MaxAttachmentBytes)}, and one form can carry
                at most {NewModel.MaxFilesAtOnce} files. Choose smaller files, or fewer at a time, and send the form again.</p>
                <p><a href="{back}">Back to the form</a></p>
                </body></html>
                """,
        };
    }
}
