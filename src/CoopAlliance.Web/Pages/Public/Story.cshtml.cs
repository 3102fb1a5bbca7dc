using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Marketing.Stories;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Public;

/// <summary>
/// One published story at /stories/{id}/{slug}. The id finds it; the words are for people and search engines, so a
/// missing or old slug (the title was edited) redirects permanently to the current one.
/// </summary>
public sealed class StoryModel(IMediator mediator, AllianceClock clock) : AppPageModel(mediator)
{
    public PublishedStory Story { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? slug)
    {
        var story = await FindAsync(new GetPublishedStory(id));
        if (story is null)
        {
            return NotFound();
        }

        if (!string.Equals(slug, story.Slug, StringComparison.Ordinal))
        {
            return RedirectToPagePermanent("/Public/Story", new { id, slug = story.Slug });
        }

        Story = story;
        return Page();
    }

    public DateOnly Day(DateTimeOffset at) => clock.DateOf(at);

    /// <summary>The story's paragraphs, as the storyteller separated them with blank lines.</summary>
    public IEnumerable<string> Paragraphs() =>
        Story.Body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
