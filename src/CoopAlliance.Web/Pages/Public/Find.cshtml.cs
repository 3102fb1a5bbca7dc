using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Domain.Cooperatives;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>The shop window: what member co-ops offer, by words, category and region, with counts per choice.</summary>
public sealed class FindModel(IMediator mediator) : AppPageModel(mediator)
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
}
