import fc from 'fast-check';
import { type AddressClass, classifyAddress, isAllowedAddress, validateTargetUrl } from './target-guard.js';

describe('classifyAddress', () => {
  it.each<[string, AddressClass]>([
    ['93.184.216.34', 'public'],
    ['8.8.8.8', 'public'],
    ['2606:4700:4700::1111', 'public'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'cgnat'],
    ['100.127.255.255', 'cgnat'],
    ['169.254.1.1', 'link_local'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['febf::1', 'link_local'],
    ['169.254.169.254', 'metadata'],
    ['169.254.170.2', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['fd00::1', 'unique_local'],
    ['fc00::1', 'unique_local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['ff02::1', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['240.0.0.1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    ['2002:7f00:1::1', 'reserved'],
    ['fec0::1', 'reserved'],
    // IPv4-mapped IPv6 is the embedded IPv4 address to the kernel.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['::ffff:8.8.8.8', 'public'],
    // NAT64 likewise.
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b::808:808', 'public'],
    ['[::1]', 'loopback'],
    ['127.1', 'invalid'],
    ['0x7f000001', 'invalid'],
    ['example.com', 'invalid'],
    ['', 'invalid'],
    ['1.2.3.4.5', 'invalid'],
  ])('%s is %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });

  it('classifies every IPv4 address and its IPv4-mapped IPv6 form the same', () => {
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        const [a, b, c, d] = ip.split('.').map(Number);
        const hex = `::ffff:${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
        return classifyAddress(`::ffff:${ip}`) === classifyAddress(ip) && classifyAddress(hex) === classifyAddress(ip);
      }),
    );
  });
});

describe('isAllowedAddress', () => {
  const strict = { allowPrivate: false };
  const lenient = { allowPrivate: true };

  it('allows only public unicast by default', () => {
    expect(isAllowedAddress('93.184.216.34', strict)).toBe(true);
    expect(isAllowedAddress('2606:4700:4700::1111', strict)).toBe(true);
    for (const ip of ['127.0.0.1', '::1', '10.0.0.1', '100.64.0.1', 'fd00::1', '::ffff:127.0.0.1', '169.254.169.254']) {
      expect([ip, isAllowedAddress(ip, strict)]).toEqual([ip, false]);
    }
  });

  it('with allowPrivate admits loopback, private and unique-local, but never link-local, metadata and the like', () => {
    for (const ip of ['127.0.0.1', '::1', '::ffff:7f00:1', '10.0.0.1', '192.168.0.10', '100.64.0.1', 'fd12:3456::1']) {
      expect([ip, isAllowedAddress(ip, lenient)]).toEqual([ip, true]);
    }
    for (const ip of [
      '169.254.169.254',
      '::ffff:169.254.169.254',
      '169.254.0.5',
      'fe80::1',
      'fd00:ec2::254',
      '100.100.100.200',
      '0.0.0.0',
      '::',
      '255.255.255.255',
      '224.0.0.1',
      'ff02::1',
      '240.0.0.1',
      'not-an-ip',
    ]) {
      expect([ip, isAllowedAddress(ip, lenient)]).toEqual([ip, false]);
    }
  });
});

describe('validateTargetUrl', () => {
  const production = { allowHttp: false, allowPrivate: false };
  const development = { allowHttp: true, allowPrivate: true };

  it('accepts an https URL on a hostname, keeping path and query', () => {
    const check = validateTargetUrl('https://hooks.example.com/claimdesk?source=1', production);
    expect(check.ok && check.url.href).toBe('https://hooks.example.com/claimdesk?source=1');
  });

  it.each([
    ['not a url', 'invalid_url'],
    ['/relative/path', 'invalid_url'],
    ['ftp://example.com/', 'unsupported_scheme'],
    ['file:///etc/passwd', 'unsupported_scheme'],
    ['javascript:alert(1)', 'unsupported_scheme'],
    ['http://example.com/hook', 'https_required'],
    ['https://user:pass@example.com/', 'credentials_in_url'],
    ['https://token@example.com/', 'credentials_in_url'],
    ['https://127.0.0.1/', 'address_not_allowed'],
    ['https://[::1]:8443/', 'address_not_allowed'],
    ['https://[::ffff:127.0.0.1]/', 'address_not_allowed'],
    ['https://2130706433/', 'address_not_allowed'],
    ['https://0x7f.1/', 'address_not_allowed'],
    ['https://10.0.0.8/hook', 'address_not_allowed'],
    ['https://169.254.169.254/latest/meta-data/', 'address_not_allowed'],
    ['https://localhost:3000/', 'address_not_allowed'],
    ['https://api.localhost./', 'address_not_allowed'],
  ])('refuses %s in production (%s)', (url, code) => {
    const check = validateTargetUrl(url, production);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.code).toBe(code);
    expect(!check.ok && check.reason.length).toBeGreaterThan(0);
  });

  it.each([
    ['https://', 'invalid_url'],
    ['http://:80/', 'invalid_url'],
    ['https://./', 'missing_host'],
    ['https://../hook', 'missing_host'],
  ])('refuses %s, which has no host (%s)', (url, code) => {
    const check = validateTargetUrl(url, development);
    expect(!check.ok && check.code).toBe(code);
  });

  it('lets http, loopback and private targets through in development', () => {
    for (const url of ['http://127.0.0.1:4000/hook', 'http://localhost:4000/', 'http://[::1]:4000/', 'http://192.168.1.20/']) {
      expect([url, validateTargetUrl(url, development).ok]).toEqual([url, true]);
    }
  });

  it('never lets link-local or metadata targets through, even in development', () => {
    for (const url of ['http://169.254.169.254/', 'http://[fe80::1]/', 'http://[::ffff:a9fe:a9fe]/', 'http://0.0.0.0:4000/']) {
      const check = validateTargetUrl(url, development);
      expect([url, !check.ok && check.code]).toEqual([url, 'address_not_allowed']);
    }
  });

  it('defaults to the production policy', () => {
    expect(validateTargetUrl('http://example.com/').ok).toBe(false);
    expect(validateTargetUrl('https://127.0.0.1/').ok).toBe(false);
  });
});
