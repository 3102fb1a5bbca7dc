using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Domain.Marketing;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Marketing.Stories;

/// <summary>Loads a story for a moderation command, expecting the version the moderator read when one is given.</summary>
internal static class StoryModeration
{
    public static async Task<MemberStory> GetAsync(IAppDbContext db, int id, int? version, CancellationToken ct)
    {
        var story = await db.MemberStories.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new NotFoundException("Story", id);
        if (version is { } v)
        {
            db.ExpectVersion(story, v);
        }

        return story;
    }
}
