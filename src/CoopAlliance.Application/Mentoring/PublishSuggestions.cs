using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Common;
using CoopAlliance.Domain.Mentoring;
using CoopAlliance.Domain.Mentoring.Matching;
using CoopAlliance.Domain.Operations;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Mentoring;

public sealed record PairToPublish(int MentorId, int DevelopingCoopId);

/// <summary>
/// Staff publish suggested matches: each becomes an offer the mentor can accept or decline until the offer's
/// last day, and the mentor gets an email. Send the pairs chosen on the suggestions screen, or none to publish
/// the whole current suggestion. Each pair is checked against today's cohort (still waiting, mentor still
/// available with room, no conflict), so a stale screen cannot over-fill a mentor. Returns the new match ids.
/// </summary>
[Authorize(Roles.Staff)]
public sealed record PublishSuggestions(IReadOnlyList<PairToPublish>? Pairs = null) : ICommand<IReadOnlyList<int>>;

public sealed class PublishSuggestionsValidator : AbstractValidator<PublishSuggestions>
{
    public PublishSuggestionsValidator() =>
        RuleFor(x => x.Pairs).Must(p => p is null || p.Select(x => x.DevelopingCoopId).Distinct().Count() == p.Count)
            .WithMessage("Each developing co-op can be offered to one mentor at a time.");
}

public sealed class PublishSuggestionsHandler(IAppDbContext db, AllianceClock clock, IOptions<MentoringOptions> options, IOptions<AppOptions> app,
    IIdentityService identity, IStringLocalizer<MentoringTexts> texts)
    : IRequestHandler<PublishSuggestions, IReadOnlyList<int>>
{
    public async Task<IReadOnlyList<int>> Handle(PublishSuggestions request, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var (mentors, coops) = await MatchingCohort.LoadAsync(db, today, cancellationToken);
        var pairs = request.Pairs is { Count: > 0 }
            ? request.Pairs
            : MatchSuggester.Suggest(mentors, coops).Pairs.Select(p => new PairToPublish(p.Mentor.Id, p.Coop.Id)).ToList();

        var mentorById = mentors.ToDictionary(m => m.Id);
        var coopById = coops.ToDictionary(c => c.Id);
        var used = new Dictionary<int, int>();
        var created = new List<MentorMatch>();
        foreach (var pair in pairs)
        {
            if (!mentorById.TryGetValue(pair.MentorId, out var mentor))
            {
                throw DomainRuleException.Format("Mentor {0} does not exist.", pair.MentorId);
            }

            if (!coopById.TryGetValue(pair.DevelopingCoopId, out var coop))
            {
                throw DomainRuleException.Format("Developing co-op {0} is not waiting for a mentor (it has an open match, has graduated, or does not exist).", pair.DevelopingCoopId);
            }

            // Slots this batch already took count too.
            var room = mentor with { FreeSlots = mentor.FreeSlots - used.GetValueOrDefault(mentor.Id) };
            var score = PairScorer.Score(room, coop);
            if (score.IsExcluded)
            {
                throw DomainRuleException.Format("{0} cannot be offered {1}: {2}.", mentor.Name, coop.Name, score.ExcludedBecause);
            }

            used[mentor.Id] = used.GetValueOrDefault(mentor.Id) + 1;
            var match = MentorMatch.Propose(mentor.Id, coop.Id, score.Points, score.Summary, now);
            match.Offer(now, today.AddDays(options.Value.OfferDays));
            db.MentorMatches.Add(match);
            created.Add(match);
        }

        var emails = await db.Mentors.Where(m => used.Keys.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var link = $"{app.Value.PublicBaseUrl.TrimEnd('/')}/Mentor";
        foreach (var group in created.GroupBy(m => m.MentorId))
        {
            var mentor = emails[group.Key];
            var lines = group.Select(m => $"- {coopById[m.DevelopingCoopId].Name}: {m.Explanation}");
            var expires = group.First().OfferExpiresOn!.Value;
            // In the language the mentor chose for their login (English if they never chose).
            using (AppCulture.Use(await identity.PreferredLanguageAsync(mentor.Email, cancellationToken)))
            {
                var subject = group.Count() == 1
                    ? texts["Would you mentor {0}?", coopById[group.First().DevelopingCoopId].Name]
                    : texts["Would you mentor {0} developing co-ops?", group.Count()];
                db.OutboxMessages.Add(new OutboxMessage(mentor.Email, subject,
                    $"{texts["Dear {0},", mentor.FullName]}\n\n{texts["The {0} would like you to mentor:", app.Value.AllianceName]}\n\n{string.Join("\n", lines)}\n\n" +
                    $"{texts["Please accept or decline by {0}: {1}", MentoringTexts.WeekdayMonthDay(expires), link]}\n\n{texts["Thank you for sharing your experience,"]}\n{texts["The alliance staff"]}", now));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken); // the ids are the answer
        }
        catch (DbUpdateException ex) when (db.IsDuplicateKey(ex, typeof(MentorMatch)))
        {
            // The one-open-match-per-co-op index: someone else published an offer for one of these co-ops just now.
            throw new ConflictException("Someone else offered one of these co-ops to a mentor a moment ago. Reload the suggestions and publish again.");
        }

        return created.Select(m => m.Id).ToList();
    }
}
