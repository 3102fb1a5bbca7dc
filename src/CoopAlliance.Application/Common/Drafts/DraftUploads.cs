using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CoopAlliance.Application.Common.Drafts;

/// <summary>A file of a form, already checked against the attachment policy.</summary>
public sealed record DraftFile(string FileName, byte[] Content);

/// <summary>A file held for a draft, as the form lists it ("Kept: plan.pdf").</summary>
public sealed record DraftUploadDto(int Id, string FileName, long Size);

/// <summary>
/// Never lose what was attached: a form that fails holds its files here under a draft token (a hidden field), for the
/// signed-in user only. Returns the token (a new one unless the given one is a well-formed token).
/// </summary>
[AnySignedInUser]
public sealed record HoldDraftUploads(string? Token, IReadOnlyList<DraftFile> Files) : ICommand<string>;

public sealed class HoldDraftUploadsHandler(IAppDbContext db, ICurrentUser user, AllianceClock clock) : IRequestHandler<HoldDraftUploads, string>
{
    public Task<string> Handle(HoldDraftUploads request, CancellationToken cancellationToken)
    {
        var token = DraftUpload.IsToken(request.Token) ? request.Token! : DraftUpload.NewToken();
        var userId = DraftUploads.UserId(user);
        foreach (var file in request.Files)
        {
            db.DraftUploads.Add(new DraftUpload(token, userId, Path.GetFileName(file.FileName), DraftUpload.ContentTypeOf(file.FileName), file.Content, clock.UtcNow));
        }

        return Task.FromResult(token);
    }
}

/// <summary>The signed-in user's files held under a draft token (another user's are never listed).</summary>
[AnySignedInUser]
public sealed record ListDraftUploads(string? Token) : IRequest<IReadOnlyList<DraftUploadDto>>;

public sealed class ListDraftUploadsHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<ListDraftUploads, IReadOnlyList<DraftUploadDto>>
{
    public async Task<IReadOnlyList<DraftUploadDto>> Handle(ListDraftUploads request, CancellationToken cancellationToken) =>
        await DraftUploads.Mine(db, user, request.Token).OrderBy(d => d.Id).Select(d => new DraftUploadDto(d.Id, d.FileName, d.Size)).ToListAsync(cancellationToken);
}

/// <summary>"Remove": drops one held file of the signed-in user's draft (nothing when it is not theirs).</summary>
[AnySignedInUser]
public sealed record RemoveDraftUpload(string? Token, int Id) : ICommand<bool>;

public sealed class RemoveDraftUploadHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<RemoveDraftUpload, bool>
{
    public async Task<bool> Handle(RemoveDraftUpload request, CancellationToken cancellationToken)
    {
        var draft = await DraftUploads.Mine(db, user, request.Token).FirstOrDefaultAsync(d => d.Id == request.Id, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        db.DraftUploads.Remove(draft);
        return true;
    }
}

/// <summary>The cleanup job's work: deletes drafts held since before <paramref name="Before"/>. Running it twice is harmless.</summary>
[Authorize(Roles.Staff)]
public sealed record DeleteOldDraftUploads(DateTimeOffset Before) : ICommand<int>;

public sealed class DeleteOldDraftUploadsHandler(IAppDbContext db) : IRequestHandler<DeleteOldDraftUploads, int>
{
    public async Task<int> Handle(DeleteOldDraftUploads request, CancellationToken cancellationToken)
    {
        // Times are stored as comparable UTC ticks on both providers: one DELETE, nothing loaded.
        return await db.DraftUploads.Where(d => d.CreatedAt < request.Before).ExecuteDeleteAsync(cancellationToken);
    }
}

public static class DraftUploads
{
    public static int UserId(ICurrentUser user) =>
        user.Id ?? throw new Exceptions.ForbiddenAccessException("Sign in to attach files.");

    /// <summary>The signed-in user's drafts under this token; none for a malformed token or another user's.</summary>
    public static IQueryable<DraftUpload> Mine(IAppDbContext db, ICurrentUser user, string? token)
    {
        if (!DraftUpload.IsToken(token) || user.Id is not { } userId)
        {
            return db.DraftUploads.Where(_ => false);
        }

        return db.DraftUploads.Where(d => d.Token == token && d.UserId == userId);
    }

    /// <summary>Takes the user's held files of the draft: returns them and deletes the drafts (saved with the caller's transaction).</summary>
    public static async Task<List<DraftFile>> TakeAsync(IAppDbContext db, ICurrentUser user, string? token, CancellationToken ct)
    {
        var drafts = await Mine(db, user, token).OrderBy(d => d.Id).ToListAsync(ct);
        db.DraftUploads.RemoveRange(drafts);
        return drafts.Select(d => new DraftFile(d.FileName, d.Content)).ToList();
    }
}
