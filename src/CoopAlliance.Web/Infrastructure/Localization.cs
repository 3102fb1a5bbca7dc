using System.Collections.Concurrent;
using System.Globalization;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Domain.Common;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace CoopAlliance.Web.Infrastructure;

/// <summary>
/// English and Spanish with ASP.NET Core's localization: resource files per view (Resources/Pages/…), display names
/// per page folder (Resources/DisplayNames/…), and one request culture chosen by <see cref="LanguageChoice"/>.
/// </summary>
public static class Localization
{
    public static IServiceCollection AddWebLocalization(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        services.AddLocalization(o => o.ResourcesPath = AppCulture.ResourcesPath);
        // Razor writes "Español", "¿Qué?" as they are rather than as &#xF1; entities (still HTML-encoding <, >, &, quotes).
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // A text with no translation shows marked (⟦text⟧) where configured — in development and in the tests, which fail
        // on a mark — and is logged once elsewhere, so a missing translation is found rather than silently read in English.
        var mark = config.GetValue("Localization:MarkMissing", env.IsDevelopment());
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory>(sp => new MissingTranslations(
            sp.GetRequiredService<ResourceManagerStringLocalizerFactory>(), mark, sp.GetRequiredService<ILogger<MissingTranslations>>()));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SupportedCultures = Languages.All.Select(AppCulture.FormatCulture).ToList();
            o.SupportedUICultures = Languages.All.Select(AppCulture.UiCulture).ToList();
            o.SetDefaultCulture(AppCulture.FormatCulture(Languages.English).Name);
            o.DefaultRequestCulture = new RequestCulture(AppCulture.FormatCulture(Languages.English), AppCulture.UiCulture(Languages.English));
            o.RequestCultureProviders = [new LanguageChoice()];
            o.ApplyCurrentCultureToResponseHeaders = true;
        });
        return services;
    }

    /// <summary>Display names ([Display(Name = …)]) come from Resources/DisplayNames/{page folder}.resx, e.g. MyCoop.Assistance.</summary>
    public static IStringLocalizer DisplayNames(Type model, IStringLocalizerFactory factory)
    {
        const string pages = "CoopAlliance.Web.Pages.";
        var ns = (model.DeclaringType ?? model).Namespace ?? "";
        var folder = ns.StartsWith(pages, StringComparison.Ordinal) ? ns[pages.Length..] : ns == "CoopAlliance.Web.Pages" ? "Root" : "Other";
        return factory.Create("DisplayNames." + folder, typeof(Localization).Assembly.GetName().Name!);
    }
}

/// <summary>
/// Who chooses the language, first answer wins: <c>?culture=es</c> on the address (a rep asking for a document in the
/// other language), the switch's cookie, the signed-in person's profile (a claim of their sign-in), then the browser's
/// Accept-Language as the first guess; English otherwise. Spanish is formatted as written in the US (es-US).
/// </summary>
public sealed class LanguageChoice : RequestCultureProvider
{
    public const string CookieName = "coopalliance.lang";
    public const string QueryKey = "culture";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult<ProviderCultureResult?>(Result(Choose(httpContext)));

    public static string Choose(HttpContext http)
    {
        if (http.Request.Query.TryGetValue(QueryKey, out var asked) && Supported(asked.ToString()) is { } query)
        {
            return query;
        }

        if (http.Request.Cookies.TryGetValue(CookieName, out var kept) && Supported(kept) is { } cookie)
        {
            return cookie;
        }

        if (Supported(http.User.FindFirst(AppClaims.Language)?.Value) is { } profile)
        {
            return profile;
        }

        foreach (var language in http.Request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1))
        {
            if (Supported(language.Value.Value) is { } browser)
            {
                return browser;
            }
        }

        return Languages.English;
    }

    public static void Keep(HttpResponse response, string language, bool secure) =>
        response.Cookies.Append(CookieName, language, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), // a lifetime, not a date: no clock read here
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = secure,
        });

    private static string? Supported(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var two = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Languages.IsSupported(two) ? two : null;
    }

    private static ProviderCultureResult Result(string language) =>
        new(AppCulture.FormatCulture(language).Name, AppCulture.UiCulture(language).Name);
}

/// <summary>
/// Wraps the resource-file localizers: a text looked up in a language other than English and found in no resource file
/// is marked ⟦text⟧ (development, tests) or logged once (production), instead of silently reading in English.
/// </summary>
public sealed class MissingTranslations(IStringLocalizerFactory inner, bool mark, ILogger<MissingTranslations> log) : IStringLocalizerFactory
{
    public const string Open = "⟦";
    public const string Close = "⟧";

    private readonly ConcurrentDictionary<string, bool> _logged = new();

    public IStringLocalizer Create(Type resourceSource) => new Checked(inner.Create(resourceSource), resourceSource.FullName ?? "", this);

    public IStringLocalizer Create(string baseName, string location) => new Checked(inner.Create(baseName, location), baseName, this);

    private LocalizedString Check(LocalizedString text, string resource)
    {
        if (!text.ResourceNotFound || AppCulture.Current == Languages.English)
        {
            return text;
        }

        if (mark)
        {
            return new LocalizedString(text.Name, Open + text.Value + Close, resourceNotFound: true, text.SearchedLocation);
        }

        if (_logged.TryAdd(resource + "|" + text.Name, true))
        {
            log.LogWarning("No {Culture} translation of \"{Text}\" in {Resource}.", CultureInfo.CurrentUICulture.Name, text.Name, resource);
        }

        return text;
    }

    private sealed class Checked(IStringLocalizer inner, string resource, MissingTranslations owner) : IStringLocalizer
    {
        public LocalizedString this[string name] => owner.Check(inner[name], resource);

        public LocalizedString this[string name, params object[] arguments] => owner.Check(inner[name, arguments], resource);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
    }
}
