using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>Section "RateLimits": how many attempts a client address or an account gets per window.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in, invitation acceptance and password set, per client address (API and pages together).</summary>
    public Window SignInPerAddress { get; set; } = new() { PermitLimit = 100, WindowSeconds = 60 };

    /// <summary>The same, per account (the email submitted), whatever address the attempts come from.</summary>
    public Window SignInPerAccount { get; set; } = new() { PermitLimit = 50, WindowSeconds = 60 };

    /// <summary>Anonymous public forms (membership application; later stories, event registration, enquiries).</summary>
    public Window PublicFormPerAddress { get; set; } = new() { PermitLimit = 30, WindowSeconds = 600 };

    /// <summary>The public directory's feeds (JSON and CSV), per client address; reads count here.</summary>
    public Window PublicReadPerAddress { get; set; } = new() { PermitLimit = 120, WindowSeconds = 60 };

    public sealed class Window
    {
        public int PermitLimit { get; set; }
        public int WindowSeconds { get; set; }

        public FixedWindowRateLimiterOptions ToLimiter() => new()
        {
            PermitLimit = Math.Max(1, PermitLimit),
            Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}

/// <summary>
/// Abuse limits on everything anonymous or password-based, with ASP.NET Core's rate limiter. Two per-address
/// policies for endpoints and pages (<see cref="SignIn"/>, <see cref="PublicForm"/>; only POSTs count), one for the
/// public directory's machine-readable feeds (<see cref="PublicRead"/>: every request counts, generously), and a
/// per-account limiter the sign-in and invitation handlers ask with the email they were sent. A refusal is 429 with
/// Retry-After: problem+json under /api, a readable page (or the form again with a message) on the site.
/// </summary>
public static class AbuseLimits
{
    public const string SignIn = "sign-in";
    public const string PublicForm = "public-form";
    public const string PublicRead = "public-read";

    public const string Message = "Too many attempts from here. Wait a little and try again.";

    public static IServiceCollection AddAbuseLimits(this IServiceCollection services, IConfiguration config)
    {
        var limits = config.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(new AccountAttemptLimiter(limits.SignInPerAccount));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignIn, http => PerAddress(http, SignIn, limits.SignInPerAddress));
            o.AddPolicy(PublicForm, http => PerAddress(http, PublicForm, limits.PublicFormPerAddress));
            o.AddPolicy(PublicRead, http => RateLimitPartition.GetFixedWindowLimiter($"{PublicRead}:{ClientAddress(http)}", _ => limits.PublicReadPerAddress.ToLimiter()));
            o.OnRejected = async (ctx, ct) =>
            {
                var retryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
                await RejectAsync(ctx.HttpContext, retryAfter);
            };
        });
        return services;
    }

    /// <summary>
    /// Answers 429 with Retry-After. Under /api the body is problem+json; on the site the body is left empty so the
    /// status code pages show the readable "too many attempts" page.
    /// </summary>
    public static async Task RejectAsync(HttpContext http, TimeSpan retryAfter)
    {
        SetRetryAfter(http, retryAfter);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"{Message} (retry after {Seconds(retryAfter)} seconds)",
                },
            });
        }
    }

    public static void SetRetryAfter(HttpContext http, TimeSpan retryAfter) =>
        http.Response.Headers.RetryAfter = Seconds(retryAfter).ToString(CultureInfo.InvariantCulture);

    /// <summary>The client's address (after the forwarded headers of a known proxy are applied).</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static RateLimitPartition<string> PerAddress(HttpContext http, string policy, RateLimitOptions.Window window) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("read")
            : RateLimitPartition.GetFixedWindowLimiter($"{policy}:{ClientAddress(http)}", _ => window.ToLimiter());
}

/// <summary>Attempts per account (normalised email), whatever address they come from.</summary>
public sealed class AccountAttemptLimiter(RateLimitOptions.Window window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        account => RateLimitPartition.GetFixedWindowLimiter(account, _ => window.ToLimiter()));

    /// <summary>Null when the attempt may go ahead; otherwise how long to wait.</summary>
    public TimeSpan? TryAttempt(string purpose, string? email)
    {
        using var lease = _limiter.AttemptAcquire($"{purpose}:{(email ?? "").Trim().ToUpperInvariant()}");
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(window.WindowSeconds);
    }

    public void Dispose() => _limiter.Dispose();
}
