using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// Conditional GET for the public directory's pages and feeds: an ETag and Last-Modified on every answer, and 304 Not
/// Modified when the caller already holds the current version (If-None-Match first, else If-Modified-Since), so a
/// crawler revisiting or a busy market day costs a header instead of a page.
/// </summary>
public static class HttpCaching
{
    /// <summary>
    /// Public pages may be stored by browsers and proxies but are revalidated on every use (a 304 costs a header): a
    /// listing staff just published, or a co-op that just lapsed, shows on the very next visit, not a minute later.
    /// </summary>
    public const string PublicCacheControl = "public, no-cache";

    public static IActionResult NotModifiedOr(Microsoft.AspNetCore.Mvc.RazorPages.PageModel page, DateTimeOffset lastModified, string version, Func<IActionResult> render)
    {
        var http = page.HttpContext;
        return IsNotModified(http, lastModified, version) ? new StatusCodeResult(StatusCodes.Status304NotModified) : render();
    }

    /// <summary>Sets the validators on the response and answers whether the request's copy is still current.</summary>
    public static bool IsNotModified(HttpContext http, DateTimeOffset lastModified, string version)
    {
        // The same address reads in English or Spanish (the switch's cookie, the browser's Accept-Language): the language
        // is part of the version, and caches are told what the answer varies by.
        version += "|" + Application.Common.Words.AppCulture.Current;
        http.Response.Headers.Vary = "Accept-Language, Cookie";
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(version)))[..20]}\"");
        var seconds = lastModified.ToUniversalTime();
        seconds = new DateTimeOffset(seconds.Year, seconds.Month, seconds.Day, seconds.Hour, seconds.Minute, seconds.Second, TimeSpan.Zero);
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = seconds;
        http.Response.Headers.CacheControl = PublicCacheControl;

        var request = http.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            return request.IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false));
        }

        return request.IfModifiedSince is { } since && seconds <= since;
    }

    public static string Http(DateTimeOffset at) => at.ToUniversalTime().ToString("R", CultureInfo.InvariantCulture);
}
