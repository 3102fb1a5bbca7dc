using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Marketing.Stories;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>Members' published stories: featured first, then newest, ten to a page.</summary>
public sealed class StoriesModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public const int PageSize = 10;

    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public PagedList<PublishedStory> Stories { get; private set; } = new([], 0, 1, PageSize);

    public async Task OnGetAsync() =>
        Stories = await Mediator.Send(new ListPublishedStories(null, Math.Max(1, PageNumber), PageSize), HttpContext.RequestAborted);

    /// <summary>The alliance's calendar day of an instant.</summary>
    public DateOnly Day(DateTimeOffset at) => clock.DateOf(at);

    public string ListUrl(int page) => Url.Page("/Public/Stories", new { pageNumber = page <= 1 ? null : (int?)page })!;

    /// <summary>The story's opening, cut at a word, for the list.</summary>
    public static string Excerpt(string body, int length = 280)
    {
        var text = body.ReplaceLineEndings(" ");
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return text[..(cut > length / 2 ? cut : length)].TrimEnd(' ', ',', ';', ':', '.') + "…";
    }
}
