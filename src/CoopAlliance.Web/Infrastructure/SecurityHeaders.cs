using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// The headers every response carries: a Content-Security-Policy, nosniff, a referrer policy and a permissions
/// policy. Pages load scripts and styles only from this site (no inline script, no style attributes: put behaviour
/// in wwwroot/js/site.js and looks in wwwroot/css/site.css).
/// </summary>
public static class SecurityHeaders
{
    public const string DefaultPolicy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; " +
        "img-src 'self' data:";  // Bootstrap draws checkboxes and select arrows with data: SVGs.

    /// <summary>
    /// The embeddable directory widget: the default policy except that any https site may frame it (member co-ops'
    /// and partners' sites). Only the widget: every other page stays unframeable.
    /// </summary>
    public const string WidgetPolicy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors https:; form-action 'self'; img-src 'self' data:";

    /// <summary>
    /// Paths that need a policy of their own, first match wins; everything else gets <see cref="DefaultPolicy"/>.
    /// Each exception is as narrow as the page needs.
    /// </summary>
    public static readonly IReadOnlyList<(PathString Prefix, string Policy)> PathPolicies =
    [
        // The directory widget (Pages/Public/Widget) is made to be framed by other sites.
        ("/widget/directory", WidgetPolicy),
        // Swagger UI (/api/docs) styles its React components with inline styles.
        ("/api/docs", DefaultPolicy + "; style-src 'self' 'unsafe-inline'"),
        // The Hangfire dashboard (staff only) writes small inline scripts and style attributes.
        ("/hangfire", DefaultPolicy + "; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"),
    ];

    public static string PolicyFor(PathString path)
    {
        foreach (var (prefix, policy) in PathPolicies)
        {
            if (path.StartsWithSegments(prefix))
            {
                return policy;
            }
        }

        return DefaultPolicy;
    }

    /// <summary>First in the pipeline; the headers are set as the response starts, so error pages carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var requestPath = http.Request.PathBase.Add(http.Request.Path);
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = PolicyFor(requestPath);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            return Task.CompletedTask;
        });
        return next(http);
    });
}

/// <summary>
/// Section "ForwardedHeaders": the TLS-terminating proxies in front of the app. Only X-Forwarded-For/-Proto sent by
/// these (and loopback) are believed; then the client address is the real one (rate limits) and a request that came in
/// over HTTPS is HTTPS here (Secure cookies, HSTS).
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/8".</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwrap.</summary>
    public int ForwardLimit { get; set; } = 1;

    public void ApplyTo(ForwardedHeadersOptions o)
    {
        o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        o.ForwardLimit = ForwardLimit;
        foreach (var proxy in KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            o.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }

        foreach (var network in KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }
    }
}
