using System.Runtime.InteropServices;

namespace Roundup.Ingest.Files;

/// <summary>What kind of thing a path names, after following links.</summary>
internal enum FileKind
{
    /// <summary>Nothing there (or a link to nothing).</summary>
    Missing,

    /// <summary>A regular file: it has a size and an end.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A FIFO, socket, or character or block device: no size, and reading may never end or never start.</summary>
    Special,
}

/// <summary>
/// A path's kind, size and identity (device and inode), all of the final target of any links: the folder walk needs
/// them to skip FIFOs and devices before opening them, to apply size limits to the file a link points to, and to
/// visit each folder and file once however many links lead to it.
/// </summary>
/// <param name="Kind">What the path names.</param>
/// <param name="Size">Bytes, for a regular file.</param>
/// <param name="Identity">Device and inode (or, where the system does not say, the resolved full path).</param>
internal readonly record struct FileStatus(FileKind Kind, long Size, string Identity)
{
    /// <summary>The status of <paramref name="path"/>, following links.</summary>
    public static FileStatus Of(string path)
    {
        if (OperatingSystem.IsLinux() && Statx.TryGet(path, out var status))
        {
            return status;
        }
        return Managed(path);
    }

    /// <summary>Where statx is missing: .NET's view, which cannot tell a device from a file, with links resolved by hand.</summary>
    private static FileStatus Managed(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                var dir = new DirectoryInfo(path);
                var target = dir.LinkTarget is null ? dir : dir.ResolveLinkTarget(returnFinalTarget: true) ?? dir;
                return new FileStatus(FileKind.Directory, 0, Path.GetFullPath(target.FullName));
            }
            var file = new FileInfo(path);
            if (file.LinkTarget is not null)
            {
                file = file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
            }
            return file.Exists ? new FileStatus(FileKind.Regular, file.Length, Path.GetFullPath(file.FullName)) : new FileStatus(FileKind.Missing, 0, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new FileStatus(FileKind.Missing, 0, path);
        }
    }
}

/// <summary>Linux's statx(2), whose buffer has the same layout on every architecture.</summary>
internal static partial class Statx
{
    private const int AtFdCwd = -100;
    private const uint TypeAndSizeAndInode = 0x001 | 0x200 | 0x100; // STATX_TYPE | STATX_SIZE | STATX_INO
    private const int BufferBytes = 256;
    private const int ModeOffset = 28;
    private const int InodeOffset = 32;
    private const int SizeOffset = 40;
    private const int DeviceMajorOffset = 136;
    private const int DeviceMinorOffset = 140;
    private const int TypeMask = 0xF000; // S_IFMT
    private const int RegularType = 0x8000; // S_IFREG
    private const int DirectoryType = 0x4000; // S_IFDIR

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Call(int dirFd, string path, int flags, uint mask, byte* buffer);

    private static bool s_unavailable;

    public static unsafe bool TryGet(string path, out FileStatus status)
    {
        status = default;
        if (s_unavailable)
        {
            return false;
        }
        byte* buffer = stackalloc byte[BufferBytes];
        int result;
        try
        {
            result = Call(AtFdCwd, path, 0, TypeAndSizeAndInode, buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return false;
        }
        if (result != 0)
        {
            // ENOENT and friends: a missing path, or a link to one. Other errors: let .NET say what it can.
            int error = Marshal.GetLastPInvokeError();
            if (error is 2 or 20 or 40)
            {
                status = new FileStatus(FileKind.Missing, 0, path);
                return true;
            }
            return false;
        }
        int mode = *(ushort*)(buffer + ModeOffset);
        var kind = (mode & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
        ulong inode = *(ulong*)(buffer + InodeOffset);
        long size = *(long*)(buffer + SizeOffset);
        uint major = *(uint*)(buffer + DeviceMajorOffset);
        uint minor = *(uint*)(buffer + DeviceMinorOffset);
        status = new FileStatus(kind, kind == FileKind.Regular ? size : 0, $"{major}:{minor}:{inode}");
        return true;
    }
}
