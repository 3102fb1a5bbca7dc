using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Domain.Cooperatives;
using CoopAlliance.Web.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>
/// The shop window: what member co-ops offer, by words, category and region, with counts per choice; and the snippet
/// that embeds the directory widget with the chosen category and region on another site. To visitors who are not
/// signed in (the page shows who is) it answers conditional requests: 304 while the directory has not changed.
/// </summary>
public sealed class FindModel(IMediator mediator, IOptions<AppOptions> options) : AppPageModel(mediator)
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public Region? Region { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public DirectorySearchResult Result { get; private set; } = new([], 0, 1, PageSize, [], []);
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Category) || Region is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            var version = await Mediator.Send(new GetDirectoryVersion(), HttpContext.RequestAborted);
            if (HttpCaching.IsNotModified(HttpContext, version.LastModified, $"directory{Request.QueryString}-{version.Stamp}"))
            {
                return StatusCode(StatusCodes.Status304NotModified);
            }
        }

        var (ok, result) = await TrySendAsync(new SearchDirectory(Q, Category, Region, Math.Clamp(PageNumber, 1, 10_000), PageSize));
        if (ok)
        {
            Result = result!;
        }

        return Page();
    }

    public string LinkTo(string? category, Region? region, int page = 1) => Url.Page("/Public/Find", null, new
    {
        q = string.IsNullOrWhiteSpace(Q) ? null : Q,
        category = string.IsNullOrWhiteSpace(category) ? null : category,
        region,
        pageNumber = page == 1 ? (int?)null : page,
    })!;

    /// <summary>The widget's full address with this page's category and region (not its words: the host site chooses what it shows).</summary>
    public string WidgetUrl => options.Value.PublicBaseUrl.TrimEnd('/') + "/widget/directory" + WidgetModel.Filters(null, Category, Region, null).ToUriComponent();

    /// <summary>The HTML a co-op or partner pastes into their site.</summary>
    public string EmbedSnippet =>
        $"<iframe src=\"{System.Net.WebUtility.HtmlEncode(WidgetUrl)}\" title=\"Worker co-ops in our directory\" width=\"100%\" height=\"600\" loading=\"lazy\" style=\"border:0\"></iframe>";
}
