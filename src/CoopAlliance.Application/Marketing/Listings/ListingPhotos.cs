using CoopAlliance.Application.Common.Exceptions;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Time;
using CoopAlliance.Application.Marketing.Directory;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Marketing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Marketing.Listings;

/// <summary>
/// Add a photo to a listing (its co-op's rep, or staff). The upload is re-encoded by <see cref="IImageProcessor"/> —
/// anything that is not a real photo, or too large, is refused and nothing is stored — and its two web sizes are
/// stored once. At most <see cref="Listing.MaxPhotos"/> per listing.
/// </summary>
[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record AddListingPhoto(int ListingId, byte[] Upload, string AltText) : ICommand<int>;

public sealed class AddListingPhotoValidator : AbstractValidator<AddListingPhoto>
{
    public AddListingPhotoValidator()
    {
        RuleFor(x => x.Upload).NotEmpty().OverridePropertyName(ImageOptions.Field).WithMessage("Choose a photo.");
        RuleFor(x => x.AltText).MaximumLength(300);
    }
}

public sealed class AddListingPhotoHandler(IAppDbContext db, CoopAccess access, IImageProcessor images, TimeProvider clock)
    : IRequestHandler<AddListingPhoto, int>
{
    public const string AltTextMissing = "Say in a few words what the photo shows, for people who cannot see it.";

    public async Task<int> Handle(AddListingPhoto request, CancellationToken cancellationToken)
    {
        // Whose listing it is comes first: another co-op's is not found, whatever was sent.
        var listing = await ListingLookup.GetAsync(db, access, request.ListingId, cancellationToken);
        if (string.IsNullOrWhiteSpace(request.AltText))
        {
            throw new ValidationException(nameof(AddListingPhoto.AltText), AltTextMissing);
        }

        var count = await db.Photos.CountAsync(p => p.ListingId == listing.Id, cancellationToken);
        if (count >= Listing.MaxPhotos)
        {
            throw new ValidationException("file", Messages.Format("A listing can have {0} photos; remove one first.", Listing.MaxPhotos));
        }

        var processed = images.Process(request.Upload);
        var photo = Photo.ForListing(listing.Id, count, request.AltText, processed.Large.Width, processed.Large.Height, processed.Sha256, clock.GetUtcNow());
        db.Photos.Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        db.PhotoFiles.Add(new PhotoFile(photo.Id, PhotoRendition.Large, processed.Large.Bytes, processed.Large.ContentType, processed.Large.Width, processed.Large.Height));
        db.PhotoFiles.Add(new PhotoFile(photo.Id, PhotoRendition.Thumbnail, processed.Thumbnail.Bytes, processed.Thumbnail.ContentType,
            processed.Thumbnail.Width, processed.Thumbnail.Height));
        return photo.Id;
    }
}

[Authorize(Roles.Staff, Roles.CoopRep)]
public sealed record RemoveListingPhoto(int ListingId, int PhotoId) : ICommand;

public sealed class RemoveListingPhotoHandler(IAppDbContext db, CoopAccess access) : IRequestHandler<RemoveListingPhoto, Unit>
{
    public async Task<Unit> Handle(RemoveListingPhoto request, CancellationToken cancellationToken)
    {
        var listing = await ListingLookup.GetAsync(db, access, request.ListingId, cancellationToken);
        var photo = await db.Photos.FirstOrDefaultAsync(p => p.Id == request.PhotoId && p.ListingId == listing.Id, cancellationToken)
                    ?? throw new NotFoundException("Photo", request.PhotoId);
        db.PhotoFiles.RemoveRange(await db.PhotoFiles.Where(f => f.PhotoId == photo.Id).ToListAsync(cancellationToken));
        db.Photos.Remove(photo);
        return Unit.Value;
    }
}

public sealed record PhotoContent(byte[] Bytes, string ContentType, string Sha256, DateTimeOffset UploadedAt, bool IsPublic);

/// <summary>
/// One stored size of a photo. Anyone may fetch the photo of a public listing or a published story; otherwise only
/// staff and the listing's co-op (a draft's photo is not public) — anyone else is told it does not exist.
/// </summary>
[PublicRequest]
public sealed record GetPhoto(int PhotoId, PhotoRendition Rendition) : IRequest<PhotoContent>;

public sealed class GetPhotoHandler(IAppDbContext db, CoopAccess access, AllianceClock clock) : IRequestHandler<GetPhoto, PhotoContent>
{
    public async Task<PhotoContent> Handle(GetPhoto request, CancellationToken cancellationToken)
    {
        var photo = await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PhotoId, cancellationToken)
                    ?? throw new NotFoundException("Photo", request.PhotoId);
        var isPublic = false;
        int? owner = null;
        if (photo.ListingId is { } listingId)
        {
            isPublic = await PublicListings.Visible(db, clock.Today).AnyAsync(l => l.Id == listingId, cancellationToken);
            owner = await db.Listings.Where(l => l.Id == listingId).Select(l => (int?)l.CooperativeId).FirstOrDefaultAsync(cancellationToken);
        }
        else
        {
            isPublic = await db.MemberStories.AnyAsync(s => s.PhotoId == photo.Id && s.Status == StoryStatus.Published, cancellationToken);
        }

        if (!isPublic && !(access.IsStaff || (owner is { } coop && access.CanSee(coop))))
        {
            throw new NotFoundException("Photo", request.PhotoId);
        }

        var file = await db.PhotoFiles.AsNoTracking().FirstOrDefaultAsync(f => f.PhotoId == photo.Id && f.Rendition == request.Rendition, cancellationToken)
                   ?? throw new NotFoundException("Photo", request.PhotoId);
        return new PhotoContent(file.Bytes, file.ContentType, photo.Sha256, photo.UploadedAt, isPublic);
    }
}
