/**
 */
package io.ringside.model.virtio.impl;

import io.ringside.model.virtio.BufferState;
import io.ringside.model.virtio.Descriptor;
import io.ringside.model.virtio.DescriptorChain;
import io.ringside.model.virtio.VirtioPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getAddr <em>Addr</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getLen <em>Len</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getFlags <em>Flags</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getNext <em>Next</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getId <em>Id</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getState <em>State</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#isWrite <em>Write</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#isHasNext <em>Has Next</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#isIndirect <em>Indirect</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#isAvail <em>Avail</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#isUsed <em>Used</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link io.ringside.model.virtio.impl.DescriptorImpl#getChain <em>Chain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DescriptorImpl extends EObjectImpl implements Descriptor {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getAddr() <em>Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddr()
	 * @generated
	 * @ordered
	 */
	protected static final long ADDR_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAddr() <em>Addr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddr()
	 * @generated
	 * @ordered
	 */
	protected long addr = ADDR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLen() <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLen()
	 * @generated
	 * @ordered
	 */
	protected static final long LEN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getLen() <em>Len</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLen()
	 * @generated
	 * @ordered
	 */
	protected long len = LEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected static final int FLAGS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFlags() <em>Flags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlags()
	 * @generated
	 * @ordered
	 */
	protected int flags = FLAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNext() <em>Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNext()
	 * @generated
	 * @ordered
	 */
	protected static final int NEXT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNext() <em>Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNext()
	 * @generated
	 * @ordered
	 */
	protected int next = NEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final int ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected int id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final BufferState STATE_EDEFAULT = BufferState.FREE;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected BufferState state = STATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected static final boolean WRITE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isWrite() <em>Write</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isWrite()
	 * @generated
	 * @ordered
	 */
	protected boolean write = WRITE_EDEFAULT;

	/**
	 * The default value of the '{@link #isHasNext() <em>Has Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasNext()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HAS_NEXT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHasNext() <em>Has Next</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHasNext()
	 * @generated
	 * @ordered
	 */
	protected boolean hasNext = HAS_NEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #isIndirect() <em>Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIndirect()
	 * @generated
	 * @ordered
	 */
	protected static final boolean INDIRECT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIndirect() <em>Indirect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIndirect()
	 * @generated
	 * @ordered
	 */
	protected boolean indirect = INDIRECT_EDEFAULT;

	/**
	 * The default value of the '{@link #isAvail() <em>Avail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAvail()
	 * @generated
	 * @ordered
	 */
	protected static final boolean AVAIL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAvail() <em>Avail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAvail()
	 * @generated
	 * @ordered
	 */
	protected boolean avail = AVAIL_EDEFAULT;

	/**
	 * The default value of the '{@link #isUsed() <em>Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUsed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean USED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUsed() <em>Used</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUsed()
	 * @generated
	 * @ordered
	 */
	protected boolean used = USED_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChain() <em>Chain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChain()
	 * @generated
	 * @ordered
	 */
	protected DescriptorChain chain;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return VirtioPackage.Literals.DESCRIPTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAddr() {
		return addr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddr(long newAddr) {
		long oldAddr = addr;
		addr = newAddr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__ADDR, oldAddr, addr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getLen() {
		return len;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLen(long newLen) {
		long oldLen = len;
		len = newLen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__LEN, oldLen, len));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFlags() {
		return flags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlags(int newFlags) {
		int oldFlags = flags;
		flags = newFlags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__FLAGS, oldFlags, flags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNext() {
		return next;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNext(int newNext) {
		int oldNext = next;
		next = newNext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__NEXT, oldNext, next));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(int newId) {
		int oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BufferState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(BufferState newState) {
		BufferState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isWrite() {
		return write;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWrite(boolean newWrite) {
		boolean oldWrite = write;
		write = newWrite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__WRITE, oldWrite, write));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHasNext() {
		return hasNext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHasNext(boolean newHasNext) {
		boolean oldHasNext = hasNext;
		hasNext = newHasNext;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__HAS_NEXT, oldHasNext, hasNext));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIndirect() {
		return indirect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndirect(boolean newIndirect) {
		boolean oldIndirect = indirect;
		indirect = newIndirect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__INDIRECT, oldIndirect, indirect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAvail() {
		return avail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAvail(boolean newAvail) {
		boolean oldAvail = avail;
		avail = newAvail;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__AVAIL, oldAvail, avail));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUsed() {
		return used;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUsed(boolean newUsed) {
		boolean oldUsed = used;
		used = newUsed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__USED, oldUsed, used));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptorChain getChain() {
		if (chain != null && chain.eIsProxy()) {
			InternalEObject oldChain = (InternalEObject)chain;
			chain = (DescriptorChain)eResolveProxy(oldChain);
			if (chain != oldChain) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, VirtioPackage.DESCRIPTOR__CHAIN, oldChain, chain));
			}
		}
		return chain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptorChain basicGetChain() {
		return chain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChain(DescriptorChain newChain) {
		DescriptorChain oldChain = chain;
		chain = newChain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VirtioPackage.DESCRIPTOR__CHAIN, oldChain, chain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case VirtioPackage.DESCRIPTOR__INDEX:
				return getIndex();
			case VirtioPackage.DESCRIPTOR__ADDR:
				return getAddr();
			case VirtioPackage.DESCRIPTOR__LEN:
				return getLen();
			case VirtioPackage.DESCRIPTOR__FLAGS:
				return getFlags();
			case VirtioPackage.DESCRIPTOR__NEXT:
				return getNext();
			case VirtioPackage.DESCRIPTOR__ID:
				return getId();
			case VirtioPackage.DESCRIPTOR__STATE:
				return getState();
			case VirtioPackage.DESCRIPTOR__WRITE:
				return isWrite();
			case VirtioPackage.DESCRIPTOR__HAS_NEXT:
				return isHasNext();
			case VirtioPackage.DESCRIPTOR__INDIRECT:
				return isIndirect();
			case VirtioPackage.DESCRIPTOR__AVAIL:
				return isAvail();
			case VirtioPackage.DESCRIPTOR__USED:
				return isUsed();
			case VirtioPackage.DESCRIPTOR__LABEL:
				return getLabel();
			case VirtioPackage.DESCRIPTOR__CHAIN:
				if (resolve) return getChain();
				return basicGetChain();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case VirtioPackage.DESCRIPTOR__INDEX:
				setIndex((Integer)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__ADDR:
				setAddr((Long)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__LEN:
				setLen((Long)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__FLAGS:
				setFlags((Integer)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__NEXT:
				setNext((Integer)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__ID:
				setId((Integer)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__STATE:
				setState((BufferState)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__WRITE:
				setWrite((Boolean)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__HAS_NEXT:
				setHasNext((Boolean)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__INDIRECT:
				setIndirect((Boolean)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__AVAIL:
				setAvail((Boolean)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__USED:
				setUsed((Boolean)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__LABEL:
				setLabel((String)newValue);
				return;
			case VirtioPackage.DESCRIPTOR__CHAIN:
				setChain((DescriptorChain)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case VirtioPackage.DESCRIPTOR__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__ADDR:
				setAddr(ADDR_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__LEN:
				setLen(LEN_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__FLAGS:
				setFlags(FLAGS_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__NEXT:
				setNext(NEXT_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__ID:
				setId(ID_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__STATE:
				setState(STATE_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__WRITE:
				setWrite(WRITE_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__HAS_NEXT:
				setHasNext(HAS_NEXT_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__INDIRECT:
				setIndirect(INDIRECT_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__AVAIL:
				setAvail(AVAIL_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__USED:
				setUsed(USED_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case VirtioPackage.DESCRIPTOR__CHAIN:
				setChain((DescriptorChain)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case VirtioPackage.DESCRIPTOR__INDEX:
				return index != INDEX_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__ADDR:
				return addr != ADDR_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__LEN:
				return len != LEN_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__FLAGS:
				return flags != FLAGS_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__NEXT:
				return next != NEXT_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__ID:
				return id != ID_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__STATE:
				return state != STATE_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__WRITE:
				return write != WRITE_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__HAS_NEXT:
				return hasNext != HAS_NEXT_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__INDIRECT:
				return indirect != INDIRECT_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__AVAIL:
				return avail != AVAIL_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__USED:
				return used != USED_EDEFAULT;
			case VirtioPackage.DESCRIPTOR__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case VirtioPackage.DESCRIPTOR__CHAIN:
				return chain != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (index: ");
		result.append(index);
		result.append(", addr: ");
		result.append(addr);
		result.append(", len: ");
		result.append(len);
		result.append(", flags: ");
		result.append(flags);
		result.append(", next: ");
		result.append(next);
		result.append(", id: ");
		result.append(id);
		result.append(", state: ");
		result.append(state);
		result.append(", write: ");
		result.append(write);
		result.append(", hasNext: ");
		result.append(hasNext);
		result.append(", indirect: ");
		result.append(indirect);
		result.append(", avail: ");
		result.append(avail);
		result.append(", used: ");
		result.append(used);
		result.append(", label: ");
		result.append(label);
		result.append(')');
		return result.toString();
	}

} //DescriptorImpl
