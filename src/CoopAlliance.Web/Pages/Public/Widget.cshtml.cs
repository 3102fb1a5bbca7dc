using System.Globalization;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>
/// The embeddable directory (/widget/directory?category=&amp;region=&amp;q=&amp;page=): the shop window's listings,
/// filtered by a category slug, a region or words, in a small page with no site chrome that any https site may put in
/// an iframe (its own CSP, see <see cref="SecurityHeaders.WidgetPolicy"/>). Each listing opens its co-op's page on
/// our site in a new tab. Conditional GET like the rest of the directory.
/// </summary>
public sealed class WidgetModel(IMediator mediator) : AppPageModel(mediator)
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }

    public int PageNumber { get; private set; } = 1;
    public DirectorySearchResult Result { get; private set; } = new([], 0, 1, PageSize, [], []);

    /// <summary>The chosen category's name (when the slug names one), for the heading.</summary>
    public string? CategoryName => Result.Categories.FirstOrDefault(c => c.Key == Category?.Trim().ToLowerInvariant())?.Label;

    public async Task<IActionResult> OnGetAsync()
    {
        // "page" is a reserved route value in Razor Pages, so the widget's page number is read from the query by hand.
        PageNumber = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Math.Clamp(p, 1, 10_000) : 1;
        var version = await Mediator.Send(new GetDirectoryVersion(), HttpContext.RequestAborted);
        if (HttpCaching.IsNotModified(HttpContext, version.LastModified, $"widget{Request.QueryString}-{version.Stamp}"))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var (ok, result) = await TrySendAsync(new SearchDirectory(Q, Category, Region, PageNumber, PageSize), prefix: "");
        if (ok)
        {
            Result = result!;
        }

        return Page();
    }

    /// <summary>This widget with the same filters at another page.</summary>
    public string PageLink(int page) => "/widget/directory" + Filters(Q, Category, Region, page == 1 ? null : page).ToUriComponent();

    /// <summary>The full directory with the widget's category and region.</summary>
    public string DirectoryLink => "/directory" + Filters(null, Category, Region, null).ToUriComponent();

    public static QueryString Filters(string? q, string? category, Region? region, int? page)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(q))
        {
            query.Add("q", q.Trim());
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            query.Add("category", category.Trim());
        }

        if (region is { } r)
        {
            query.Add("region", r.ToString());
        }

        if (page is { } n)
        {
            query.Add("page", n.ToString(CultureInfo.InvariantCulture));
        }

        return query.ToQueryString();
    }
}
