using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Assistance;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// One request with its timeline, conversation, files and hours. A rep may read only their own co-op's, and
/// internal comments are never loaded for them (filtered in the query, not after it).
/// </summary>
[AnySignedInUser]
public sealed record GetAssistanceRequest(int Id) : IRequest<AssistanceDetail>;

public sealed class GetAssistanceRequestHandler(IAppDbContext db, AssistanceAccess access, AllianceClock clock,
    IOptions<AssistanceOptions> options) : IRequestHandler<GetAssistanceRequest, AssistanceDetail>
{
    public async Task<AssistanceDetail> Handle(GetAssistanceRequest request, CancellationToken cancellationToken)
    {
        var seesInternal = access.SeesInternal;
        var r = await access.Visible(db.AssistanceRequests.AsNoTracking())
                    .Include(x => x.Timeline)
                    .Include(x => x.Comments.Where(c => seesInternal || !c.IsInternal))
                    .Include(x => x.Attachments)
                    .Include(x => x.TimeEntries)
                    .FirstOrDefaultAsync(x => x.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("Assistance request", request.Id);

        var coop = await db.Cooperatives.Where(c => c.Id == r.CooperativeId).Select(c => c.TradeName ?? c.LegalName).FirstAsync(cancellationToken);
        var providerIds = r.TimeEntries.Select(t => t.ProviderId).Append(r.ProviderId ?? 0).Distinct().ToList();
        var providers = await db.Providers.Where(p => providerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);

        var o = options.Value;
        var now = clock.UtcNow;
        var today = clock.DateOf(now);
        var policy = o.SlaPolicy();
        var staff = access.IsStaff;
        var reopenable = r.Status is AssistanceStatus.Resolved or AssistanceStatus.Closed
                         && (staff || r.ResolvedAt is null || now <= r.ResolvedAt.Value.AddDays(AssistanceRequest.ReopenWindowDays));

        return new AssistanceDetail
        {
            Id = r.Id,
            CooperativeId = r.CooperativeId,
            CoopName = coop,
            Category = r.Category,
            Title = r.Title,
            Description = r.Description,
            Urgency = r.Urgency,
            Priority = r.Priority,
            PreferredContact = r.PreferredContact,
            ContactDetail = r.ContactDetail,
            Status = r.Status,
            SubmittedAt = r.SubmittedAt,
            SubmittedByName = r.SubmittedByName,
            ProviderId = r.ProviderId,
            ProviderName = r.ProviderId is { } pid ? providers.GetValueOrDefault(pid) : null,
            FirstResponseDueOn = r.FirstResponseDueOn,
            ResolutionDueOn = r.ResolutionDueOn,
            FirstRespondedAt = r.FirstRespondedAt,
            ResolvedAt = r.ResolvedAt,
            Resolution = r.Resolution,
            DeclineReason = r.DeclineReason,
            EstimatedHours = r.EstimatedHours,
            NeedsHoursApproval = r.NeedsHoursApproval,
            HoursApprovedAt = r.HoursApprovedAt,
            Rating = r.Rating,
            RatingComment = r.RatingComment,
            Version = r.Version,
            FirstResponseSla = Sla.FirstResponse(r, policy, clock, today),
            ResolutionSla = Sla.Resolution(r, policy, clock, today),
            CanReopen = reopenable,
            CanRate = !staff && r.Status is AssistanceStatus.Resolved or AssistanceStatus.Closed,
            HoursLogged = r.TimeEntries.Sum(t => t.Hours),
            AllowedSteps = staff ? AssistanceLifecycle.AllowedFrom(r.Status) : reopenable ? [AssistanceEventKind.Reopened] : [],
            Timeline = r.Timeline.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => new AssistanceEventDto
            {
                Kind = e.Kind,
                From = e.From,
                To = e.To,
                At = e.At,
                ByName = e.ByName,
                Note = e.Note,
            }).ToList(),
            // Filtered again here so that no future change to the query above can leak an internal comment.
            Comments = r.Comments.Where(c => seesInternal || !c.IsInternal).OrderBy(c => c.At).ThenBy(c => c.Id).Select(c => new AssistanceCommentDto
            {
                Id = c.Id,
                Body = c.Body,
                IsInternal = c.IsInternal,
                ByStaff = c.ByStaff,
                AuthorName = c.AuthorName,
                At = c.At,
            }).ToList(),
            Attachments = r.Attachments.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).Select(a => new AssistanceAttachmentDto
            {
                Id = a.Id,
                FileName = a.FileName,
                ContentType = a.ContentType,
                SizeBytes = a.SizeBytes,
                UploadedByName = a.UploadedByName,
                UploadedAt = a.UploadedAt,
            }).ToList(),
            TimeEntries = r.TimeEntries.OrderBy(t => t.WorkedOn).ThenBy(t => t.Id).Select(t => new TimeEntryDto
            {
                Id = t.Id,
                ProviderId = t.ProviderId,
                ProviderName = providers.GetValueOrDefault(t.ProviderId) ?? "",
                WorkedOn = t.WorkedOn,
                Hours = t.Hours,
                Billing = t.Billing,
                Note = staff ? t.Note : null,
            }).ToList(),
        };
    }
}
