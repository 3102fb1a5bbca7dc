using System.Security.Claims;
using System.Text.Json.Serialization;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;

namespace CoopAlliance.Web;

public static class WebServices
{
    public const string SmartScheme = "CookieOrBearer";

    public static IServiceCollection AddWeb(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddWebLocalization(config, env);
        services.AddHttpContextAccessor();
        services.AddScoped<IPrincipalAccessor, HttpPrincipalAccessor>();
        services.AddSingleton<ImportUploads>();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.AddProblemDetails();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);

        var auth = config.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var key = TokenService.KeyFrom(auth);
        services.AddSingleton(auth);
        services.AddSingleton(sp => new TokenService(key, auth, sp.GetRequiredService<TimeProvider>()));

        // The UI signs in with Identity's cookie; the API takes bearer tokens only. A browser sends the cookie with any
        // cross-site form post, so under /api it is ignored: such a post answers 401 and changes nothing (no CSRF).
        // The API's documentation pages (/api/docs, static and read-only) still open for a signed-in person.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie (site) or bearer token (API)", o => o.ForwardDefaultSelector = http =>
                (http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/api/docs"))
                || http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(o =>
            {
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = AuthOptions.Issuer,
                    ValidAudience = AuthOptions.Issuer,
                    IssuerSigningKey = key,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
                // A token outlives its sign-in by up to an hour: a disable, or a password, role or co-op change (each
                // renews the login's security stamp) must end it at once. The answer is cached per node for
                // Auth:SessionCacheSeconds, and dropped on this node as soon as the login changes here.
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = async ctx =>
                    {
                        var sessions = ctx.HttpContext.RequestServices.GetRequiredService<ILoginSessions>();
                        if (!int.TryParse(ctx.Principal?.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var userId)
                            || !await sessions.IsCurrentAsync(userId, ctx.Principal?.FindFirst(SecurityStamps.ClaimType)?.Value, ctx.HttpContext.RequestAborted))
                        {
                            ctx.Fail("This token is no longer valid: the login was disabled or changed. Sign in again.");
                        }
                    },
                };
            });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "coopalliance";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request is HTTPS, including HTTPS ended at a known proxy (see ForwardedHeaders).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers 401/403 instead of redirecting to the sign-in page.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status401Unauthorized, () => ctx.Response.Redirect(ctx.RedirectUri));
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx.HttpContext, StatusCodes.Status403Forbidden, () => ctx.Response.Redirect(ctx.RedirectUri));
        });

        services.AddAuthorizationBuilder()
            // Every page and endpoint needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Roles.Staff, p => p.RequireRole(Roles.Staff))
            .AddPolicy(Roles.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.CoopRep, p => p.RequireRole(Roles.CoopRep))
            .AddPolicy(Roles.Mentor, p => p.RequireRole(Roles.Mentor));

        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Staff", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Coops", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Assistance", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Dues", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Marketing", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Events", Roles.Staff);
            o.Conventions.AuthorizeFolder("/MyCoop", Roles.CoopRep);
            // The loan pages serve a developing co-op's rep too (the fund lends to both), so they find the applicant themselves.
            o.Conventions.AddFolderApplicationModelConvention("/MyCoop", page =>
            {
                if (!page.ViewEnginePath.StartsWith("/MyCoop/Loans/", StringComparison.Ordinal))
                {
                    page.Filters.Add(new Pages.MyCoop.MemberCoopRequiredFilter());
                }
            });
            o.Conventions.AuthorizeFolder("/MyProject", Roles.CoopRep);
            o.Conventions.AuthorizeFolder("/Mentor", Roles.Mentor);
            o.Conventions.AuthorizeFolder("/Mentoring", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Conversions", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Financing", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Imports", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Governance", Roles.Staff);
            o.Conventions.AuthorizeFolder("/Reports", Roles.Staff);
            o.Conventions.AllowAnonymousToFolder("/Public");
            o.Conventions.AllowAnonymousToPage("/Index");
            o.Conventions.AllowAnonymousToPage("/Error");
            o.Conventions.AllowAnonymousToPage("/Language");
            // Error pages are re-executed with the failed request's method: a refused POST must still show the page.
            o.Conventions.AddPageApplicationModelConvention("/Error", page => page.Filters.Add(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute()));
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
        })
        .AddViewLocalization()
        .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = Localization.DisplayNames)
        .AddMvcOptions(o =>
        {
            // Required fields are the validators' business (one message, in plain words), not the model binder's.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            // Money as people type it ("$25.75", "1,200.00"), in the current culture; ahead of the framework's own decimal binder.
            o.ModelBinderProviders.Insert(0, new MoneyModelBinderProvider());
        });
        services.AddOpenApi(Endpoints.ApiDocument.Configure);

        services.AddAbuseLimits(config);
        // The public directory's feeds may be read from any site (a member's page, a solidarity-economy map):
        // GET only, and never with the caller's cookies.
        services.AddCors(o => o.AddPolicy(Endpoints.ListingEndpoints.PublicFeedCors, p => p.AllowAnyOrigin().WithMethods("GET")));
        var proxies = config.GetSection(ProxyOptions.Section).Get<ProxyOptions>() ?? new ProxyOptions();
        services.Configure<ForwardedHeadersOptions>(proxies.ApplyTo);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    private static Task ApiOr(HttpContext http, int status, Action redirect)
    {
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = status;
        }
        else
        {
            redirect();
        }

        return Task.CompletedTask;
    }
}
